/**
 * An opening adjunct before the subject and its cue ("Earlier this week, Kell pressed ...") is no
 * statement the speaker makes: the cue is read forwards instead.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an opening adjunct before the subject', () => {
  it('reads no statement in "Earlier this week,"', () => {
    expect(quotesIn('Earlier this week, Kell pressed the harbor board for answers.')).toEqual([]);
  });

  it('reads no statement in "Since then,"', () => {
    expect(quotesIn('Since then, the county has responded with a new dam plan.')).toEqual([]);
  });

  it('reads no statement in an adjunct holding a noun that is also a cue', () => {
    expect(quotesIn('In his column, he pressed the board for answers.')).toEqual([]);
  });

  it('reads no statement in an adjunct with a place and its state', () => {
    expect(quotesIn('At a picnic in Brill, Oregon, Lind remarked on the weather.')).toEqual([]);
  });

  it('reads the cue forwards after "Each spring,"', () => {
    expect(quotesIn('Each spring, we ask the growers which crop will sell best.')).toEqual([{ content: 'which crop will sell best', cue: 'ask', speaker: 'we' }]);
  });

  it('still reads a clause before a postposed cue', () => {
    expect(quotesIn('The dam will hold, Lind said.')).toEqual([{ content: 'The dam will hold', cue: 'said', speaker: 'Lind' }]);
  });

  it('reads a clause after "But" before a postposed cue, whatever its verb', () => {
    expect(quotesIn('But he runs the mill on other terms, Lind said.')).toEqual([
      { content: 'But he runs the mill on other terms', cue: 'said', speaker: 'Lind' },
    ]);
    expect(quotesIn('And Kell owns two boats, she said.')).toEqual([{ content: 'And Kell owns two boats', cue: 'said', speaker: 'she' }]);
  });

  it('reads no statement in "And so" or "But" with an adjunct before the attribution', () => {
    expect(quotesIn('And so, he said, the levy failed.')).toEqual([{ content: 'the levy failed', cue: 'said', speaker: 'he' }]);
    expect(quotesIn('But in the end, she said, the levy failed.')).toEqual([{ content: 'the levy failed', cue: 'said', speaker: 'she' }]);
  });
});
