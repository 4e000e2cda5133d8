/**
 * A live blog heads its items with a clock time or a label and a colon ("9:40 a.m.:", "Update:");
 * the capitalised word after that colon opens the item's clause as it would open a sentence, so a
 * plural there ("Police", "Officials") takes the plural verb "say".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a plural subject after a live-blog label and colon', () => {
  it('reads "Police say" after a time stamp and a colon', () => {
    expect(quotesIn('7:15 a.m.: Police say the tunnel fire is out.')).toEqual([
      { content: 'the tunnel fire is out', cue: 'say', speaker: 'Police' },
    ]);
  });

  it('reads a plural subject after "Update:"', () => {
    expect(quotesIn('Update: Police now say the ferry is safe.')).toEqual([
      { content: 'the ferry is safe', cue: 'say', speaker: 'Police' },
    ]);
    expect(quotesIn('Update: Volunteers say the shelter on Brack Road is full.')).toEqual([
      { content: 'the shelter on Brack Road is full', cue: 'say', speaker: 'Volunteers' },
    ]);
  });

  it('still wants a plural subject for "say" after the colon', () => {
    expect(quotesIn('Update: Mayor Oltz say the ferry is safe.')).toEqual([]);
  });
});
