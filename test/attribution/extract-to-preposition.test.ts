/**
 * After a cue of intention, "to" before a determiner or a number is a preposition ("declined to
 * $2 million"), and no infinitive is read; what is agreed to is still a commitment.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"to" as a preposition after a cue of intention', () => {
  it('reads no infinitive before a determiner or a number', () => {
    expect(quotesIn('Profits declined to $2 million in May.')).toEqual([]);
    expect(quotesIn('Lind was invited to a dinner at the mill.')).toEqual([]);
  });

  it('reads what is agreed to as the content', () => {
    expect(quotesIn('The council agreed to a truce with the growers.')).toEqual([
      { content: 'a truce with the growers', cue: 'agreed', speaker: 'The council' },
    ]);
  });

  it('still reads the infinitive', () => {
    expect(quotesIn('Kell agreed to meet the growers.')).toEqual([{ content: 'to meet the growers', cue: 'agreed', speaker: 'Kell' }]);
  });
});
