import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A relative clause set off by dashes ("Mayor Ana Kell — who said ... — will speak") takes the
 * phrase before the dash as its antecedent, as one set off by commas does, whether the dash is
 * one character or typed as two hyphens ("--"), which also close the aside for what was said
 * inside it. After a whole aside between dashes ("95 generals -- most of whom had backed her --
 * who said"), the antecedent stands before the aside.
 */
describe('a relative pronoun after a dash', () => {
  it('takes the phrase before an em dash', () => {
    expect(resolvedQuotes('Mayor Vera Holt — who said she would close the harbor — will speak on Friday.')).toContainEqual({
      content: 'she would close the harbor',
      cue: 'said',
      speaker: 'who',
      entity: 'Vera Holt',
      mode: 'indirect',
    });
  });

  it('takes the phrase before two hyphens, and ends what was said at the closing pair', () => {
    expect(resolvedQuotes('Mayor Vera Holt -- who said she would close the harbor -- will speak on Friday.')).toContainEqual({
      content: 'she would close the harbor',
      cue: 'said',
      speaker: 'who',
      entity: 'Vera Holt',
      mode: 'indirect',
    });
  });

  it('passes over an aside between dashes', () => {
    const quote = resolvedQuotes('She cited 40 retired judges -- most of whom had served with her -- who said she was fit for the court.').find((q) => q.speaker === 'who');
    expect(quote?.entity).toBe('40 retired judges');
  });
});
