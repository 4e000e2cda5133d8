/**
 * "..., claims that observers say are sometimes true": a bare plural noun before "that" heads a
 * relative clause whose gap is the subject of what was said, as a determined noun does ("a toll
 * that the board says was overdue"); the statement starts at "that".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative gap after a bare plural', () => {
  it('finds what the subject of the clause says of the noun', () => {
    expect(spokenQuotes('Both camps traded charges of fraud, charges that monitors say are partly true.')).toEqual([
      { content: 'that monitors say are partly true', cue: 'say', speaker: 'monitors' },
    ]);
  });
});
