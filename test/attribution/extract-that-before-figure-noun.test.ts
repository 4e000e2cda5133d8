/**
 * "said that figure was low", "says that estimate is out of date": a count noun for a figure given
 * cannot stand bare as a subject, so "that" before it and its verb is its determiner, and the
 * content keeps it; before a noun that may stand bare ("that trade would follow") "that" is still
 * the conjunction.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"that" before a noun of a figure and its verb', () => {
  it('keeps "that" as the determiner in the content', () => {
    expect(spokenQuotes('Okafor said that tally was far too low.')).toEqual([{ content: 'that tally was far too low', cue: 'said', speaker: 'Okafor' }]);
    expect(spokenQuotes('The treasurer says that estimate is out of date.')).toEqual([{ content: 'that estimate is out of date', cue: 'says', speaker: 'The treasurer' }]);
  });

  it('still reads a conjunction before a noun that may stand bare', () => {
    expect(spokenQuotes('Okafor said that trade would follow.')).toEqual([{ content: 'trade would follow', cue: 'said', speaker: 'Okafor' }]);
  });
});
