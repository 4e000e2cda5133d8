/**
 * "Vice minister Zhou Ming ... Zhou told reporters ...": a lone word that is the first word of the
 * only two-word name of a person in the text, and that no surname or given name takes, is that
 * person's family name written first. Not with a title or after "the", where the word may be no
 * name at all.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a family name written first', () => {
  it('names the person of the two-word name it opens', () => {
    const text = 'The delegation was led by Vice Minister Zhou Ming. Zhou told reporters that the draft was unbalanced.';
    expect(attributedQuotes(text)).toEqual([{ content: 'the draft was unbalanced', cue: 'told', speaker: 'Zhou', entity: 'Zhou Ming' }]);
  });

  it('still takes the surname of a name written given name first', () => {
    const text = 'The delegation was led by Vice Minister Ana Ortiz. Ortiz told reporters that the draft was unbalanced.';
    expect(attributedQuotes(text)).toEqual([{ content: 'the draft was unbalanced', cue: 'told', speaker: 'Ortiz', entity: 'Ana Ortiz' }]);
  });
});
