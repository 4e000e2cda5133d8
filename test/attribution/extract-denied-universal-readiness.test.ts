/**
 * "Not everyone on the board was ready to vote", "Not all delegates were eager to stay": an
 * adjective of readiness whose subject is a universal that "not" denies of part of a group
 * describes a mood, and no one in particular intends anything; a plain subject keeps the cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('readiness denied of part of a group', () => {
  it('reports nothing after "not everyone" or "not all"', () => {
    expect(spokenQuotes('Not everyone on the harbor board was ready to vote.')).toEqual([]);
    expect(spokenQuotes('Not all of the delegates were eager to stay for the recount.')).toEqual([]);
  });

  it('keeps readiness of a plain subject', () => {
    expect(spokenQuotes('The harbor board was ready to vote.')).toEqual([{ content: 'to vote', cue: 'ready', speaker: 'The harbor board' }]);
  });
});
