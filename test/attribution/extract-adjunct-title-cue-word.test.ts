/**
 * A journal or magazine named in the adjunct between a cue and its clause may end in a word that
 * is also a cue's form ("Marine Reports", "Farm Notes"). Capitalised after another capitalised
 * word, it ends the title; it opens no clause of its own that would cut the statement off.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a title ending in a cue word inside the adjunct', () => {
  it('reads past "in Marine Reports" to the that-clause', () => {
    expect(quotesIn('The team wrote in Marine Reports that the reef was dying.')).toEqual([
      { content: 'the reef was dying', cue: 'wrote', speaker: 'The team' },
    ]);
  });

  it('reads past "in the journal Marine Reports" after "reported"', () => {
    expect(quotesIn('The researchers reported in the journal Marine Reports that the eels had returned.')).toEqual([
      { content: 'the eels had returned', cue: 'reported', speaker: 'The researchers' },
    ]);
  });
});
