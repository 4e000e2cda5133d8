/**
 * "recall" with a wh-clause tells a memory: what was recalled is the clause from the wh-word on.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"recall" with a wh-clause', () => {
  it('reads "recalled what ..." as the memory told', () => {
    expect(quotesIn('Over coffee, Tomas Reyes recalled what life was like growing up on the Vell ferry.')).toEqual([
      { content: 'what life was like growing up on the Vell ferry', cue: 'recalled', speaker: 'Tomas Reyes' },
    ]);
  });

  it('reads "recalls how ..." likewise', () => {
    expect(quotesIn('Ana Mora recalls how the cannery in Dunmere shut its doors in one week.')).toEqual([
      { content: 'how the cannery in Dunmere shut its doors in one week', cue: 'recalls', speaker: 'Ana Mora' },
    ]);
  });

  it('still reads a plain object of "recalled"', () => {
    expect(quotesIn('Ana Mora recalled the long winter of the strike.')).toEqual([
      { content: 'the long winter of the strike', cue: 'recalled', speaker: 'Ana Mora' },
    ]);
  });
});
