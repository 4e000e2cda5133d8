/**
 * "Farmers near the river said ...", "Residents along the coast say ...", "Mayors across the
 * state warned ...": a phrase of place after "near", "along" or "across" belongs to the speaker's
 * noun phrase, as one after "in" or "on" does, instead of the speaker being cut down to the place.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a place after "near", "along" or "across" in the speaker phrase', () => {
  it('stays with the speaker', () => {
    expect(quotesIn('Growers near the canal said the water had turned brown.')).toEqual([
      { content: 'the water had turned brown', cue: 'said', speaker: 'Growers near the canal' },
    ]);
    expect(quotesIn('Residents along the old ferry route say the noise keeps them awake.')).toEqual([
      { content: 'the noise keeps them awake', cue: 'say', speaker: 'Residents along the old ferry route' },
    ]);
    expect(quotesIn('Librarians across the province warned that the cuts would close branches.')).toEqual([
      { content: 'the cuts would close branches', cue: 'warned', speaker: 'Librarians across the province' },
    ]);
  });
});
