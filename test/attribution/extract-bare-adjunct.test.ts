/**
 * An opening adjunct before the subject and its cue ("Earlier this week, Kell pressed ...") is no
 * statement the speaker makes: the cue is read forwards instead.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an opening adjunct before the subject', () => {
  it('reads no statement in "Earlier this week,"', () => {
    expect(quotesIn('Earlier this week, Kell pressed the chairman on the levy.')).toEqual([]);
  });

  it('reads no statement in "Since then,"', () => {
    expect(quotesIn('Since then, the county has responded by building a dam.')).toEqual([]);
  });

  it('reads no statement in an adjunct holding a noun that is also a cue', () => {
    expect(quotesIn('In her post, she reminded Lind of the actions of the council.')).toEqual([]);
  });

  it('reads no statement in an adjunct with a place and its state', () => {
    expect(quotesIn('At a rally in Brill, Oregon, Lind remarked upon a new poll.')).toEqual([]);
  });

  it('reads the cue forwards after "Each week,"', () => {
    expect(quotesIn('Each week, we ask 30 growers who will win.')).toEqual([{ content: 'who will win', cue: 'ask', speaker: 'we' }]);
  });

  it('still reads a clause before a postposed cue', () => {
    expect(quotesIn('The dam will hold, Lind said.')).toEqual([{ content: 'The dam will hold', cue: 'said', speaker: 'Lind' }]);
  });
});
