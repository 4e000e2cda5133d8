/**
 * A definite description ("the diplomat") takes up the one an earlier description of the same
 * wording introduced ("A Tarvian diplomat said") when that one came after the named holder of a
 * like role ("Foreign Minister Ilka Dorn"): the article points back to the nearer antecedent.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a definite description after a named holder and a nearer description', () => {
  it('takes "the diplomat" for the diplomat just introduced, not the foreign minister before', () => {
    const text =
      'Foreign Minister Ilka Dorn met the envoys at noon. A Tarvian diplomat said the ferry talks would resume. "Nothing is agreed yet," the diplomat said.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity, quote.cue])).toEqual([
      ['A Tarvian diplomat', 'A Tarvian diplomat', 'said'],
      ['the diplomat', 'A Tarvian diplomat', 'said'],
    ]);
  });

  it('keeps the named holder when the holder was met after the description', () => {
    const text =
      'A Tarvian diplomat said the ferry talks would resume. Foreign Minister Ilka Dorn said she was hopeful. "Nothing is agreed yet," the diplomat said.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'the diplomat', entity: 'Ilka Dorn', content: '"Nothing is agreed yet,"' });
  });
});
