/**
 * "One aide said the vote was lost. The other said it was won.": "the other" before a past form
 * is the second of a pair and speaks, as a count word after "the" does ("The two said ...").
 * A present form after it is read as a plural noun ("the other claims were dropped").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"the other" of a pair as a speaker', () => {
  it('speaks before a past form of a cue', () => {
    expect(spokenQuotes('One clerk said the ledger was lost. The other said it had been burned.')).toEqual([
      { content: 'the ledger was lost', cue: 'said', speaker: 'One clerk' },
      { content: 'it had been burned', cue: 'said', speaker: 'The other' },
    ]);
    expect(spokenQuotes('The other added that the ferry would sail on Friday.')).toEqual([{ content: 'the ferry would sail on Friday', cue: 'added', speaker: 'The other' }]);
  });

  it('does not speak before a noun in -s', () => {
    expect(spokenQuotes('The other claims against the mill were dropped.')).toEqual([]);
  });
});
