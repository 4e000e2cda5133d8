/**
 * "appeared briefly in court", "appeared publicly at a rally": a manner adverb between "appear"
 * and a setting ("in", "at", "before") leaves it the verb of appearing somewhere, as "appeared in
 * court" is, not an impression. An adverb before an adjective ("appeared visibly shaken") keeps the
 * impression.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"appear" with a manner adverb before a setting', () => {
  it('is no impression', () => {
    expect(quotesIn('Dorn Halloway, 61, of Pennick, was detained at dawn and appeared briefly in court in Ashmoor.')).toEqual([]);
    expect(quotesIn('The retired admiral appeared publicly at a veterans’ dinner for the first time in a year.')).toEqual([]);
  });

  it('keeps an adverb before an adjective as an impression', () => {
    expect(quotesIn('The harbor master appeared visibly shaken by the collapse of the pier.')).toEqual([
      { content: 'The harbor master appeared visibly shaken by the collapse of the pier', cue: 'appeared' },
    ]);
  });
});
