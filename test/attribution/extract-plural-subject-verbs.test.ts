/**
 * A plural subject may speak with a bare verb form: a quantifier after "although" or "because"
 * ("although most oppose ..."), and a second verb after "and" ("Many have lost work and worry
 * about ..."), unless "and" joins two infinitives ("were quick to offer help and affirm ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('bare verb forms after a plural subject', () => {
  it('reads a quantifier after a subordinator as the subject', () => {
    expect(quotesIn('The growers are split, although most oppose the levy.')).toEqual([{ content: 'the levy', cue: 'oppose', speaker: 'most' }]);
    expect(quotesIn('The growers are angry because many believe the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'believe', speaker: 'many' },
    ]);
  });

  it('gives a bare form after "and" the plural subject of the clause', () => {
    expect(quotesIn('The growers met the mayor and say the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'say', speaker: 'The growers' },
    ]);
  });

  it('reads nothing for a bare form after "and" and a singular subject', () => {
    expect(quotesIn('Lind met the mayor and say nothing.')).toEqual([]);
  });

  it('reads nothing for a bare form joined to an infinitive', () => {
    expect(quotesIn('The growers were quick to offer help and affirm their ties to the town.')).toEqual([]);
  });
});
