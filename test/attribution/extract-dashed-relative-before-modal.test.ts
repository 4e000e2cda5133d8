/**
 * "The plan - which critics say is a giveaway - will cost $2 billion": a relative clause opened
 * after a dash, whose pronoun starts what was said, closes at the second dash when the main
 * clause's verb follows it, a modal ("will", "could") included; the main clause is no part of it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative clause between dashes before a modal', () => {
  it('ends at the second dash', () => {
    expect(spokenQuotes('The new toll - which drivers say is a tax on the poor - will rise again in May.')).toEqual([
      { content: 'which drivers say is a tax on the poor', cue: 'say', speaker: 'drivers' },
    ]);
    expect(spokenQuotes('The new toll - which drivers call "a tax on the poor" - could rise again in May.')).toEqual([
      { content: 'which drivers call "a tax on the poor"', cue: 'call', speaker: 'drivers' },
    ]);
  });
});
