/**
 * "voted 5 to 4 in March to ...", "ruled seven to two that ...", "said in 2019 that ...": a tally
 * written with "to" is how a vote went, as "5-4" is, and a month or a year after "in" right before
 * "that" or "to" is a time adjunct; neither is part of what was decided or said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a tally with "to" and a month or year after "in"', () => {
  it('stand between the cue and its content', () => {
    expect(quotesIn('The county board voted 5 to 4 in March to close the ferry pier.')).toEqual([
      { content: 'to close the ferry pier', cue: 'voted', speaker: 'The county board' },
    ]);
    expect(quotesIn('The appeals panel ruled seven to two that the levy was lawful.')).toEqual([
      { content: 'the levy was lawful', cue: 'ruled', speaker: 'The appeals panel' },
    ]);
    expect(quotesIn('Ivo Marsh wrote in 2019 that the canal was sinking.')).toEqual([
      { content: 'the canal was sinking', cue: 'wrote', speaker: 'Ivo Marsh' },
    ]);
  });
});
