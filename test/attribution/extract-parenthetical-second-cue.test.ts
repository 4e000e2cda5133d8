/**
 * After "X, he said, ..." the statement goes on past the attribution only when what follows still
 * belongs to it; a conjunction followed by a pronoun and a cue of saying ("because he said ...",
 * "and she said ...") opens a statement of its own, and the first ends before the attribution.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a second cue after a parenthetical attribution', () => {
  it('splits "X, he said after ..., because he said Y" into two statements', () => {
    expect(quotesIn('Winning outright is essential, he said after talks Monday with harbor aides, because he said the county leaders want to block him.')).toEqual([
      { content: 'Winning outright is essential', cue: 'said', speaker: 'he' },
      { content: 'the county leaders want to block him', cue: 'said', speaker: 'he' },
    ]);
  });

  it('still carries the statement on after a parenthetical attribution without a second cue', () => {
    expect(quotesIn('The pier, she said, would reopen in May because the county had found the money.')).toEqual([
      { content: 'The pier, she said, would reopen in May because the county had found the money', cue: 'said', speaker: 'she' },
    ]);
  });
});
