/**
 * "..., a claim officials denied", "an account residents dispute": an indefinite noun of saying and
 * a bare plural of people right before a cue is a relative clause without "that" on the noun, not
 * a compound speaker ("a claim officials"). It attributes nothing, and the statement before the
 * comma keeps its own speaker and cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a noun of saying before a bare plural of people and a cue', () => {
  it('is no speaker of what precedes it', () => {
    expect(spokenQuotes('The broadcaster reported that the ferry had been seized, a claim officials denied.')).toEqual([
      { content: 'the ferry had been seized', cue: 'reported', speaker: 'The broadcaster' },
    ]);
    expect(spokenQuotes('The council said the well was safe, an assurance residents dispute.')).toEqual([
      { content: 'the well was safe', cue: 'said', speaker: 'The council' },
    ]);
  });

  it('leaves a compound of people that opens the sentence as the speaker', () => {
    expect(spokenQuotes('A union official said the strike would go on.')).toEqual([{ content: 'the strike would go on', cue: 'said', speaker: 'A union official' }]);
  });
});
