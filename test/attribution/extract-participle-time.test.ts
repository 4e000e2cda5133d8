/**
 * A time adjunct right after a past participle inside what an object cue names dates the
 * participle, not the cue: "apologized for her remarks made last summer".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a time adjunct after a participle in the object', () => {
  it('keeps "last summer" after "made" inside the object', () => {
    expect(quotesIn('Lind apologized for her remarks made last summer about the harbor crews.')).toEqual([
      { content: 'her remarks made last summer about the harbor crews', cue: 'apologized for', speaker: 'Lind' },
    ]);
  });

  it('keeps a time adjunct of two parts after a participle in "-ed"', () => {
    expect(quotesIn('Kell praised a report released earlier this week by the port.')).toEqual([
      { content: 'a report released earlier this week by the port', cue: 'praised', speaker: 'Kell' },
    ]);
  });

  it('still ends the object before a time adjunct of the cue', () => {
    expect(quotesIn('Kell praised the report on Monday.')).toEqual([{ content: 'the report', cue: 'praised', speaker: 'Kell' }]);
  });
});
