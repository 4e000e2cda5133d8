/**
 * "Several protesters carried signs saying ...": a word in -ed after a plural noun of people is
 * their verb, not a modifier of the noun after it, so the phrase read back from the sign ends at
 * the people and they are the ones who speak through it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a past verb after a plural noun of people', () => {
  it('ends the carriers\' phrase', () => {
    expect(spokenQuotes('Dozens of farmers lifted placards saying the dam would ruin them.')).toEqual([
      { content: 'the dam would ruin them', cue: 'saying', speaker: 'Dozens of farmers' },
    ]);
  });
});
