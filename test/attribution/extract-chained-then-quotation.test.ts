/**
 * "Pell declined to name the buyers but said they were local. “We know them all.”": a quotation
 * that opens the next sentence after reported speech goes on with that statement when the cue is
 * chained on the subject of an earlier verb, as it does after a plain "Pell said ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a quotation after a chained cue of reported speech', () => {
  it('continues the chained statement', () => {
    expect(spokenQuotes('Pell declined to name the buyers but said they were local. "We know them all. Every one."')).toEqual([
      { content: 'to name the buyers', cue: 'declined', speaker: 'Pell' },
      { content: 'they were local. "We know them all. Every one."', cue: 'said', speaker: 'Pell' },
    ]);
  });

  it('does not reach a quotation past a narrative sentence', () => {
    expect(spokenQuotes('Pell declined to name the buyers but said they were local. The hall emptied. "We know them all."')).toEqual([
      { content: 'to name the buyers', cue: 'declined', speaker: 'Pell' },
      { content: 'they were local', cue: 'said', speaker: 'Pell' },
    ]);
  });
});
