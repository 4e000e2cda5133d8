/**
 * An adverbial "seeking" (after a comma, or after "after", "by", "while" ...) states the aim of
 * the clause's subject: "sued the board, seeking an injunction". Other participles of attitude
 * there ("..., supporting the levy") still describe rather than report.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an adverbial "seeking"', () => {
  it('reads "seeking" after a comma with the subject of the clause', () => {
    expect(quotesIn('The Lind campaign sued the harbor board on Friday, seeking an order to reopen the pier.')).toEqual([
      { content: 'an order to reopen the pier', cue: 'seeking', speaker: 'The Lind campaign' },
    ]);
  });

  it('reads "seeking" after "after" with an infinitive', () => {
    expect(quotesIn('Kell spent the week in Dunmore after seeking to convince growers that the toll was fair.')).toEqual([
      { content: 'to convince growers that the toll was fair', cue: 'seeking', speaker: 'Kell' },
    ]);
  });

  it('leaves "supporting" after a comma unread', () => {
    expect(quotesIn('Kell won the vote, supporting the levy.')).toEqual([]);
  });
});
