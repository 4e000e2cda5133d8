/**
 * "in remarks to reporters", "in comments to a radio host": a plural channel needs no determiner,
 * and the phrase is the channel the statement was made in, not more of what the cue names.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a channel in the plural with no determiner after an object', () => {
  it('ends what was acknowledged before "in remarks to reporters"', () => {
    expect(quotesIn('The abbess acknowledged the complaint in remarks to reporters.')).toEqual([
      { content: 'the complaint', cue: 'acknowledged', speaker: 'The abbess', mode: 'indirect' },
    ]);
  });

  it('ends what was defended before "in comments to a radio host"', () => {
    expect(quotesIn('Mayor Tollin defended the harbor toll in comments to a radio host.')).toEqual([
      { content: 'the harbor toll', cue: 'defended', speaker: 'Mayor Tollin', mode: 'indirect' },
    ]);
  });

  it('keeps a channel that a complement follows, "in remarks for the deal"', () => {
    expect(quotesIn('The abbess praised Tollin in remarks for the deal.')).toEqual([
      { content: 'Tollin in remarks for the deal', cue: 'praised', speaker: 'The abbess', mode: 'indirect' },
    ]);
  });
});
