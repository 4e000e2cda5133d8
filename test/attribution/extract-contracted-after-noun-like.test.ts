/**
 * A present form that is more often a plural noun ("claims", "hopes") is a verb before a
 * contracted subject pronoun, as before the bare pronoun: "Ostrander claims he's owed".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a contracted subject after a noun-like present form', () => {
  it('reads "claims he\'s ..."', () => {
    expect(quotesIn("Ostrander claims he's owed ten thousand dollars by the harbor board.")).toEqual([
      { content: "he's owed ten thousand dollars by the harbor board", cue: 'claims', speaker: 'Ostrander' },
    ]);
  });

  it('reads "claims they\'re ..."', () => {
    expect(quotesIn("The growers' union claims they're paying twice the old toll.")).toEqual([
      { content: "they're paying twice the old toll", cue: 'claims', speaker: "The growers' union" },
    ]);
  });

  it('still reads the bare pronoun', () => {
    expect(quotesIn('Ostrander claims he was misled by the harbor board.')).toEqual([
      { content: 'he was misled by the harbor board', cue: 'claims', speaker: 'Ostrander' },
    ]);
  });
});
