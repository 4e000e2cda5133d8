/**
 * "a levy which the board says will fund the port and which growers call theft": content that opens
 * with a relative pronoun ends before "and" and the same pronoun; the second relative clause on the
 * same head has a subject and a cue of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a second relative clause on the same head after "and"', () => {
  it('ends what the first relative clause says before it', () => {
    expect(spokenQuotes('Dorn backed a levy which the board says will fund the port and which growers call theft.')).toEqual([
      { content: 'which the board says will fund the port', cue: 'says', speaker: 'the board' },
      { content: 'which growers call theft', cue: 'call', speaker: 'growers' },
    ]);
  });

  it('does so after a comma before "and"', () => {
    expect(spokenQuotes('The town kept the ferry, which the mayor said would pay for itself, and which farmers wanted sold.')).toEqual([
      { content: 'which the mayor said would pay for itself', cue: 'said', speaker: 'the mayor' },
      { content: 'which farmers wanted sold', cue: 'wanted', speaker: 'farmers' },
    ]);
  });

  it('keeps "and" with another subject inside the clause', () => {
    expect(spokenQuotes('Dorn backed a levy which the board says will fund the port and will cut fares.')).toEqual([{ content: 'which the board says will fund the port and will cut fares', cue: 'says', speaker: 'the board' }]);
  });
});
