/**
 * "“...,” said Ana Pike, a nurse, as she left the ward": after an inverted speaker and her
 * appositive, a clause opened by "as", "while", "because" or "although" (as "after" and "before"
 * already did) tells when or why it was said, and is no part of the speaker. A "when" clause may
 * date the appositive's role ("a strategist for Kell's campaign three summers ago, when she toured
 * the state") and stays with it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a clause of the saying after an inverted speaker\'s appositive', () => {
  it('ends the speaker before "as" or "while"', () => {
    expect(spokenQuotes('"We back the strike," said Maren Holt, a bus driver from Leeds, as she waited at the depot.')).toEqual([
      { content: '"We back the strike,"', cue: 'said', speaker: 'Maren Holt, a bus driver from Leeds' },
    ]);
    expect(spokenQuotes('"The line never moves," said Olu Badmus, a retired porter, while he held his place.')).toEqual([
      { content: '"The line never moves,"', cue: 'said', speaker: 'Olu Badmus, a retired porter' },
    ]);
  });

  it('keeps a "when" clause with the appositive', () => {
    expect(spokenQuotes('"Tours are costly," said Ben Ferris, an aide to Kell in 2012, when she visited every county.')).toEqual([
      { content: '"Tours are costly,"', cue: 'said', speaker: 'Ben Ferris, an aide to Kell in 2012, when she visited every county' },
    ]);
  });
});
