/**
 * A claim named as the subject of a sentence ends before a modal that carries the sentence's own
 * verb, once the claim has a verb of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a claim before the modal of its sentence', () => {
  it('ends before "would" after a noun', () => {
    expect(quotesIn("Kell's claim that the ferry can run at a profit would depend on the growers.")).toEqual([
      { content: 'the ferry can run at a profit', cue: 'claim', speaker: "Kell's" },
    ]);
  });

  it('does not end at a modal that is the claim’s own verb', () => {
    const [quote] = quotesIn("Kell's claim that the growers and the clerks would back him stunned the board.");
    expect(quote?.content.startsWith('the growers and the clerks would back him')).toBe(true);
  });

  it('does not end at a modal after "and"', () => {
    const [quote] = quotesIn("Kell's claim that the levy is fair and would pass was welcomed.");
    expect(quote?.content.startsWith('the levy is fair and would pass')).toBe(true);
  });
});
