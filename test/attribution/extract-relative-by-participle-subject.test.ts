/**
 * A reduced relative in "-ed by" may itself close a relative clause on the subject: in "the farmer
 * who wrote the speech delivered by the mayor says", the speaker is the farmer, not the speech.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle in "by" inside a relative clause on the subject', () => {
  it('gives the statement to the head of the relative clause', () => {
    expect(quotesIn('The farmer who wrote the speech delivered by the mayor says he will not vote for Kell.')).toEqual([
      { content: 'he will not vote for Kell', cue: 'says', speaker: 'The farmer who wrote the speech delivered by the mayor' },
    ]);
    expect(quotesIn('A grower who lost a field flooded by the river says the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'says', speaker: 'A grower who lost a field flooded by the river' },
    ]);
  });

  it('keeps a participle in "by" on a plain subject', () => {
    expect(quotesIn('The report released by the council says the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'says', speaker: 'The report released by the council' },
    ]);
  });
});
