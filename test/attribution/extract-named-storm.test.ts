/**
 * A named storm ("Hurricane Delphine", "Typhoon Mawar", "Tropical Storm Ana") is no speaker: what
 * it does to a coast says nothing. A source that speaks about it still does.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a named storm as the subject', () => {
  it('gives no statement in a headline', () => {
    expect(quotesIn('Hurricane Delphine slams Gulf Coast\n\nThe storm came ashore at dawn.')).toEqual([]);
    expect(quotesIn('Typhoon Mawar batters island, cuts power to thousands\n\nThe storm weakened overnight.')).toEqual([]);
  });

  it('leaves the statement of a source about it', () => {
    expect(quotesIn('Tropical Storm Ana will strengthen by Friday, forecasters said.')).toEqual([
      { content: 'Tropical Storm Ana will strengthen by Friday', cue: 'said', speaker: 'forecasters' },
    ]);
  });
});
