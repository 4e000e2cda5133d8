/**
 * "..., a claim that officials at the ministry would not confirm": after "that", a noun of people
 * with a phrase of its own is the relative clause's subject (the gap is its object), not a verb in
 * "-s" whose clause is on the head before "that". The head is no speaker, and the statement before
 * the comma keeps its own cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a noun of people after a relative "that"', () => {
  it('is the clause subject, so the reported statement before it stands', () => {
    expect(spokenQuotes('The radio station reported that the bridge had been closed, a claim that residents of the valley denied.')).toEqual([
      { content: 'the bridge had been closed', cue: 'reported', speaker: 'The radio station' },
    ]);
    expect(spokenQuotes('The paper said the mill would shut, an account that officials at the port would neither confirm nor deny.')).toEqual([
      { content: 'the mill would shut', cue: 'said', speaker: 'The paper' },
    ]);
  });

  it('still reads a verb in "-s" after "that" as the clause verb on the head', () => {
    expect(spokenQuotes('The union that represents dockers said the strike would go ahead.')).toEqual([
      { content: 'the strike would go ahead', cue: 'said', speaker: 'The union that represents dockers' },
    ]);
  });
});
