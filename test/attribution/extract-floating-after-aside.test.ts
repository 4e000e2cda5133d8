/**
 * "both", "all" or "each" after a parenthesis or an aside between dashes floats after the subject
 * before it, and "seldom" stands between a subject and its verb like other adverbs.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quantifier or an adverb between the subject and the cue', () => {
  it('reads the subject before a parenthesis and "both"', () => {
    expect(quotesIn('Lind and Sen. Tom Kell (R-Ore.) both condemned the levy.')).toEqual([
      { content: 'the levy', cue: 'condemned', speaker: 'Lind and Sen. Tom Kell (R-Ore.)' },
    ]);
  });

  it('reads the subject before an aside between dashes and "both"', () => {
    expect(quotesIn('The growers — whose farms were flooded — both suggested the dam be rebuilt.')).toEqual([
      { content: 'the dam be rebuilt', cue: 'suggested', speaker: 'The growers — whose farms were flooded' },
    ]);
  });

  it('still reads "both" as the subject of a new clause after a dash', () => {
    expect(quotesIn('The growers met on Monday — both said the levy would fail.')).toEqual([
      { content: 'the levy would fail', cue: 'said', speaker: 'both' },
    ]);
  });

  it('reads the subject before "seldom"', () => {
    expect(quotesIn('Mayor Lind, whose term ends in May, seldom speaks of the harbor.')).toEqual([
      { content: 'the harbor', cue: 'speaks of', speaker: 'Mayor Lind, whose term ends in May' },
    ]);
  });
});
