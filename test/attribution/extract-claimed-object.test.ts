/**
 * Claims made in a noun phrase ("claimed victory", "declared victory") and stands against what
 * was said ("scoffed at the offer", "took exception to the remarks").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"claimed victory" and "scoffed at the offer"', () => {
  it('reads a claim made in a noun phrase', () => {
    expect(quotesIn('Mayor Kell claimed victory in the river wards.')).toEqual([
      { content: 'victory in the river wards', cue: 'claimed', speaker: 'Mayor Kell' },
    ]);
    expect(quotesIn('Ruiz declared victory on Tuesday night.')).toEqual([{ content: 'victory', cue: 'declared', speaker: 'Ruiz' }]);
  });

  it('reads no thing won', () => {
    expect(quotesIn('Ivo Brandt claimed the seat in March.')).toEqual([]);
  });

  it('still reads a claim with "that"', () => {
    expect(quotesIn('Kell claimed that the count was rigged.')).toEqual([{ content: 'the count was rigged', cue: 'claimed', speaker: 'Kell' }]);
  });

  it('reads a stand against what was said', () => {
    expect(quotesIn('Lind scoffed at the offer from the growers.')).toEqual([
      { content: 'the offer from the growers', cue: 'scoffed at', speaker: 'Lind' },
    ]);
    expect(quotesIn("The growers took exception to the mayor's remarks.")).toEqual([
      { content: "the mayor's remarks", cue: 'took exception to', speaker: 'The growers' },
    ]);
  });
});
