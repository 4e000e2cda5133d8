/**
 * "voters, most of whom the poll described as undecided": a quantifier and "of whom" after a
 * comma open a relative clause whose gap is the whole quantified phrase, so the cue's statement
 * is read and its content starts with the quantifier, as after a bare "whom"; "with whom"
 * still governs its pronoun and opens no statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative clause opened by a quantifier and "of whom"', () => {
  it('reads the statement from the quantifier', () => {
    expect(spokenQuotes('Canvassers reached 400 tenants, most of whom the survey described as anxious.')).toEqual([
      { content: 'most of whom the survey described as anxious', cue: 'described', speaker: 'the survey' },
    ]);
    expect(spokenQuotes('The clinic treated 90 miners, several of whom the union said were ill for weeks.')).toEqual([
      { content: 'several of whom the union said were ill for weeks', cue: 'said', speaker: 'the union' },
    ]);
  });

  it('opens none after a preposition alone', () => {
    expect(spokenQuotes('The panel met the miners, with whom the union clashed.')).toEqual([]);
  });
});
