/**
 * "..., states the campaign considers vital.": a present form that is also a plural noun
 * ("states", "claims") after a comma is no inverted cue when the phrase after it holds a cue of
 * its own in the present ("the campaign considers"); that phrase is a clause on the noun, not a
 * speaker. ("..., states the report." still inverts.)
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a noun-like present form before a clause of its own', () => {
  it('reads no inverted attribution', () => {
    expect(spokenQuotes('The tour will end in Utah and Idaho, states the party considers safe.')).toEqual([]);
  });

  it('still inverts before a plain speaker', () => {
    expect(spokenQuotes('The tour will end in Utah, states the itinerary.')).toEqual([
      { content: 'The tour will end in Utah', cue: 'states', speaker: 'the itinerary' },
    ]);
  });
});
