/**
 * Nouns of a schedule, an agenda or a worry ("a timeline", "the agenda", "a fear") head a
 * relative clause without "that" as a move or a plan does: in "a timeline Democrats vowed to
 * block" the capitalised subject after the noun alone speaks, not "a timeline Democrats".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('speakers after a noun of a schedule or a worry heading a relative clause', () => {
  it('starts the speaker after the noun', () => {
    expect(quotesIn('The chairman set a vote for June, a timeline Democrats called rushed.')).toEqual([
      { content: 'rushed', cue: 'called', speaker: 'Democrats' },
    ]);
    expect(quotesIn('The mayor doubled the parks fund, an agenda Councilman Rob Teel called reckless.')).toEqual([
      { content: 'reckless', cue: 'called', speaker: 'Councilman Rob Teel' },
    ]);
  });
});
