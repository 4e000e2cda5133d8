/**
 * A headline may open with the kind of piece it heads ("Q&A:", "Factbox:", "Timeline:"), as
 * with "Analysis:": the label is no speaker, and a statement after it is read as it stands.
 * A source before "editorial" still speaks through its colon. So does an interjection or cry of the
 * writer's own ("Wow:", "Bombshell:").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const body = '\n\nOSTRIA CITY (Wire) — Governor Lotte Amsel spoke on Monday.';

describe('the kind of piece before a headline colon', () => {
  it('reads the statement after "Q&A:" with its own speaker', () => {
    expect(quotesIn(`Q&A: Central bank chief says rates will stay high${body}`)[0]).toEqual({
      content: 'rates will stay high',
      cue: 'says',
      speaker: 'Central bank chief',
    });
    expect(quotesIn(`Factbox: Coach Ana Brill says the league is broken${body}`)[0]).toEqual({
      content: 'the league is broken',
      cue: 'says',
      speaker: 'Coach Ana Brill',
    });
  });

  it('gives nothing to the label when no one speaks after it', () => {
    expect(quotesIn(`Timeline: The long road to the Fenwick dam${body}`).filter((quote) => quote.cue === ':')).toEqual([]);
  });

  it('leaves a named editorial as the source of what follows its colon', () => {
    expect(quotesIn(`Tribune editorial: 'Close the dam.'${body}`)[0]).toEqual({ content: "'Close the dam.'", cue: ':', speaker: 'Tribune editorial' });
  });

  it('gives nothing to an interjection of the writer before the colon', () => {
    expect(quotesIn(`Wow: The Port Board Just Gave Mayor Kell A New Reason To Worry${body}`).filter((quote) => quote.cue === ':')).toEqual([]);
    expect(quotesIn(`Bombshell: The Dam Inspectors Missed A Crack${body}`).filter((quote) => quote.cue === ':')).toEqual([]);
  });
});
