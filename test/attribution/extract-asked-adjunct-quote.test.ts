/**
 * After "asked" and a place or time adjunct, a quotation after the comma is the question asked
 * ("asked at the town hall, “Any questions?”"), as it is after "said" and such an adjunct.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quoted question after "asked" and an adjunct', () => {
  it('reads the quotation after the adjunct and its comma', () => {
    expect(quotesIn('Mira Olsen asked at the harbor meeting, "Who will pay for the new pier?"')).toEqual([
      { content: '"Who will pay for the new pier?"', cue: 'asked', speaker: 'Mira Olsen' },
    ]);
  });

  it('reads it after a present "asks" too', () => {
    expect(quotesIn('Mira Olsen asks at the library in Dunmore, "Any questions I can answer?"')).toEqual([
      { content: '"Any questions I can answer?"', cue: 'asks', speaker: 'Mira Olsen' },
    ]);
  });
});
