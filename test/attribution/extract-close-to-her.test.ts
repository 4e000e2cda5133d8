/**
 * "Two people close to her said ...", "according to an aide close to her": "her" after "close
 * to" is an object pronoun that ends the speaker's phrase, as "him" does, and no possessive of the
 * cue or of nothing after it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"close to her" in a speaker', () => {
  it('ends a subject before the cue', () => {
    expect(spokenQuotes('Three friends close to her said the senator would not seek a fourth term.')).toEqual([
      { content: 'the senator would not seek a fourth term', cue: 'said', speaker: 'Three friends close to her' },
    ]);
  });

  it('ends the source of a trailing "according to"', () => {
    expect(spokenQuotes('The senator will retire in June, according to an aide close to her.')).toEqual([
      { content: 'The senator will retire in June', cue: 'according to', speaker: 'an aide close to her' },
    ]);
  });
});
