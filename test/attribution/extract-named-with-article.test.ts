/**
 * "called" or "named" after an indefinite noun gives it a name, which may open with "the" ("a
 * group called the Harbor Trust"); that article belongs to the name, so the whole phrase is the
 * speaker, as it is without the article ("a group called Harbor Watch").
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes, spokenQuotes as quotesIn } from './found-quotes.js';

describe('a name with "the" after "called" or "named"', () => {
  it('keeps the noun, the participle and the name in the speaker', () => {
    expect(quotesIn('A charity called the Brindle Fund said the shelter would close in May.')).toEqual([
      { content: 'the shelter would close in May', cue: 'said', speaker: 'A charity called the Brindle Fund' },
    ]);
    expect(quotesIn('An old rowing club named the Quay Oarsmen said its boathouse had flooded.')).toEqual([
      { content: 'its boathouse had flooded', cue: 'said', speaker: 'An old rowing club named the Quay Oarsmen' },
    ]);
  });

  it('resolves the speaker to the named body', () => {
    expect(attributedQuotes('A charity called the Brindle Fund said the shelter would close in May.')[0]?.entity).toBe('Brindle Fund');
  });

  it('leaves "called the" with a definite subject to the verb', () => {
    expect(quotesIn('The mayor called the Brindle Fund, which said the shelter would close.')).toEqual([
      { content: 'the shelter would close', cue: 'said', speaker: 'which' },
    ]);
  });
});
