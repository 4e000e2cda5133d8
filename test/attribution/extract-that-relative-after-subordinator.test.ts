/**
 * "Divers searched on, as the firm that ran the trip said ...": a restrictive "that" clause on a
 * speaker whose phrase opens after a subordinator and its comma belongs to that speaker, as it
 * does at a sentence's start ("The firm that ran the trip said ..."); before, the object of the
 * relative clause ("the trip") was taken for the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a "that" relative clause on a speaker after a subordinator', () => {
  it('keeps the head of the clause as the speaker', () => {
    expect(spokenQuotes('Divers searched the lake again on Friday, as the firm that ran the ferry said its crew had been trained.')).toEqual([
      { content: 'its crew had been trained', cue: 'said', speaker: 'the firm that ran the ferry' },
    ]);
  });

  it('keeps it for a cue with an object', () => {
    expect(spokenQuotes('The river kept rising, while the agency that manages the dam defended its decision to hold back water.')).toEqual([
      { content: 'its decision to hold back water', cue: 'defended', speaker: 'the agency that manages the dam' },
    ]);
  });
});
