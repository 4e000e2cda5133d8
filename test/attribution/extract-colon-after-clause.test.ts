/**
 * "Asked about the dam, Lind demurred: “Not today.”": a quotation that closes the sentence after a
 * colon is spoken by the subject of the clause before the colon, even when the verb of that
 * clause is no cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation after a colon that follows a clause', () => {
  it('gives the quotation to a pronoun subject', () => {
    expect(quotesIn('Later that day, she went even further: "The ferry company should be shut down."')).toEqual([
      { content: '"The ferry company should be shut down."', cue: ':', speaker: 'she' },
    ]);
  });

  it('gives the quotation to a named subject', () => {
    expect(quotesIn('Later, Ana Lind gave the board a left-handed tribute: "At least we always know what you want."')).toEqual([
      { content: '"At least we always know what you want."', cue: ':', speaker: 'Ana Lind' },
    ]);
  });

  it('reads it after another statement that ends before the clause', () => {
    expect(quotesIn('Asked which ferry he liked best, he hedged: "The one that leaves on time."')).toEqual([
      { content: 'which ferry he liked best', cue: 'Asked', speaker: undefined },
      { content: '"The one that leaves on time."', cue: ':', speaker: 'he' },
    ]);
  });

  it('gives the quotation to a common noun subject', () => {
    expect(quotesIn('Later, the harbor master gave the crews a warning: "Stay off the water tonight."')).toEqual([
      { content: '"Stay off the water tonight."', cue: ':', speaker: 'the harbor master' },
    ]);
  });

  it('leaves a quotation that the sentence goes on from to other rules', () => {
    expect(quotesIn('Later, Ana Lind gave it a name: "the river deal" and moved on.')).toEqual([]);
  });
});
