/**
 * "forecast" with a noun phrase for its object reports a prediction as "predict" does: what the
 * forecaster says will be is the phrase. As a noun before "like" it reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"forecast" with an object', () => {
  it('reads the phrase after "forecast" as the content', () => {
    expect(quotesIn('Tarnby Biscuits forecast yearly sales of $2 billion.')).toEqual([
      { content: 'yearly sales of $2 billion', cue: 'forecast', speaker: 'Tarnby Biscuits' },
    ]);
    expect(quotesIn('Harbor meteorologists forecast gales for the long weekend.')).toEqual([
      { content: 'gales for the long weekend', cue: 'forecast', speaker: 'Harbor meteorologists' },
    ]);
  });

  it('still reads a clause after "forecast that"', () => {
    expect(quotesIn('The bakery forecast that bread prices would climb.')).toEqual([
      { content: 'bread prices would climb', cue: 'forecast', speaker: 'The bakery' },
    ]);
  });

  it('reads nothing from a noun "forecasts" before "like"', () => {
    expect(quotesIn('The toll is counted in harbor forecasts like the one in May.')).toEqual([]);
    expect(quotesIn('The forecast held steady for the harvest.')).toEqual([]);
  });
});
