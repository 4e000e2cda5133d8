/**
 * In the adjunct between a cue and its "that", a participle of a cue's verb right before "by"
 * ("a memo to staff seen by the paper", "a letter to members reviewed by the paper") is a passive
 * relative on the noun before it: it opens no clause, and the statement after "that" stands.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a passive relative inside the adjunct before "that"', () => {
  it('reads past "to staff seen by the Ledger"', () => {
    expect(quotesIn('Ana Reyes said in a memo to staff seen by the Ledger that the mill would stay in Dunmore.')).toEqual([
      { content: 'the mill would stay in Dunmore', cue: 'said', speaker: 'Ana Reyes' },
    ]);
  });

  it('reads past "to members reviewed by the paper"', () => {
    expect(quotesIn('Ana Reyes wrote in a letter to members reviewed by the paper that dues would rise.')).toEqual([
      { content: 'dues would rise', cue: 'wrote', speaker: 'Ana Reyes' },
    ]);
  });
});
