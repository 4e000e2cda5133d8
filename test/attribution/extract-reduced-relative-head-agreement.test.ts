/**
 * A present form that is more often a plural noun ("claims", "demands") is a verb after a singular
 * subject and before a determiner ("The lawsuit claims the firm ..."). When the subject carries a
 * reduced relative with "by" ("a lawsuit filed by two workers"), its head is the noun before the
 * participle, not the plural noun that closes the phrase.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a subject with a reduced relative before a noun-like present form', () => {
  it('reads the singular head before the participle', () => {
    expect(quotesIn('A lawsuit filed by three former porters claims the ferry line denied them overtime pay.')).toEqual([
      { content: 'the ferry line denied them overtime pay', cue: 'claims', speaker: 'A lawsuit filed by three former porters' },
    ]);
    expect(quotesIn('A memo signed by the orchard growers demands the levy be dropped.')).toEqual([
      { content: 'the levy be dropped', cue: 'demands', speaker: 'A memo signed by the orchard growers' },
    ]);
  });
});
