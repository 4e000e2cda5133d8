/**
 * "Pleaded guilty", "pleaded not guilty", "pleads no contest": a plea entered in court is an act on
 * the charge, not a report of something said, whatever follows it. "Plead" as a verb of asking
 * is left alone.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a plea in court', () => {
  it('reports nothing for "pleaded guilty and is expected to ..."', () => {
    expect(quotesIn('Brann has pleaded guilty and will testify against the port clerk.')).toEqual([]);
  });

  it('reports nothing for "pleaded not guilty" or "no contest"', () => {
    expect(quotesIn('Tova Reyes pleaded not guilty on Monday and was released on bail.')).toEqual([]);
    expect(quotesIn('The driver pleaded no contest and lost his license for a year.')).toEqual([]);
  });

  it('still reports what follows another verb in the same sentence', () => {
    expect(quotesIn('Brann pleaded guilty, and his lawyer said he would testify against the clerk.')).toEqual([
      { content: 'he would testify against the clerk', cue: 'said', speaker: 'his lawyer' },
    ]);
  });
});
