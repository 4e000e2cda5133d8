/**
 * "At least eleven deputies said ...", "More than 40 growers said ...": a bound on the count a
 * speaker's phrase names ("at least", "at most", "more than", "fewer than", "as many as") belongs to the
 * speaker, as "nearly" in "nearly 30 deputies" does; the phrase does not start after "at" or "than".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a bound on the count of a speaker phrase', () => {
  it('keeps "at least" and "at most"', () => {
    expect(spokenQuotes('But at least eleven deputies have said that they will abstain.')).toEqual([{ content: 'they will abstain', cue: 'said', speaker: 'at least eleven deputies' }]);
    expect(spokenQuotes('At most three aldermen said they backed the levy.')).toEqual([{ content: 'they backed the levy', cue: 'said', speaker: 'At most three aldermen' }]);
    expect(spokenQuotes('At least a dozen growers said the frost ruined them.')).toEqual([{ content: 'the frost ruined them', cue: 'said', speaker: 'At least a dozen growers' }]);
  });

  it('keeps "more than" and "fewer than"', () => {
    expect(spokenQuotes('More than 40 growers said the levy was unfair.')).toEqual([{ content: 'the levy was unfair', cue: 'said', speaker: 'More than 40 growers' }]);
    expect(spokenQuotes('Fewer than half of the tenants said they trusted the board.')).toEqual([{ content: 'they trusted the board', cue: 'said', speaker: 'Fewer than half of the tenants' }]);
  });

  it('keeps "as many as"', () => {
    expect(spokenQuotes('As many as 30 aldermen said the levy would pass.')).toEqual([{ content: 'the levy would pass', cue: 'said', speaker: 'As many as 30 aldermen' }]);
  });

  it('leaves "at most" before a plain noun out of the phrase', () => {
    expect(spokenQuotes('At most polling stations, clerks said the lines were short.')).toEqual([{ content: 'the lines were short', cue: 'said', speaker: 'clerks' }]);
  });
});
