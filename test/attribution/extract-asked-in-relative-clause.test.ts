/**
 * "Kell, who was asked about the dam, left early": a question asked in a relative clause set off
 * by commas ends at the clause's closing comma, as one fronted before the main clause does; the
 * main clause after it is no part of what was asked.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"asked" in a relative clause between commas', () => {
  it('ends the question at the closing comma', () => {
    expect(spokenQuotes('The ferryman, who was asked about the tolls, walked off the pier.')).toEqual([
      { content: 'about the tolls', cue: 'asked', speaker: undefined },
    ]);
  });

  it('leaves a statement of the main clause to its own cue', () => {
    expect(spokenQuotes('The clerks, who were asked about the missing ledgers, declined to comment.')).toEqual([
      { content: 'about the missing ledgers', cue: 'asked', speaker: undefined },
      { content: 'to comment', cue: 'declined', speaker: 'The clerks, who were asked about the missing ledgers' },
    ]);
  });

  it('runs on to the sentence end without a relative clause', () => {
    expect(spokenQuotes('The ferryman was asked about the tolls on Monday.')).toEqual([
      { content: 'about the tolls on Monday', cue: 'asked', speaker: undefined },
    ]);
  });
});
