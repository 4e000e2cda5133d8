/**
 * A live blog or a round-up may set a name, the channel it spoke through and a colon before a
 * quotation ("Mayor Vell in a statement: “...”"); the channel after the name is no part of the
 * speaker, and its article is no label word ("A: ..." in a question-and-answer piece).
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const lead = 'The Vell River crested overnight.\n\n';

describe('a name and its channel before a colon and a quotation', () => {
  it('gives the quotation to the name before "in a statement"', () => {
    expect(quotesIn(`${lead}Brenner in a statement: “Every pump in the county is running.”`)).toEqual([
      { content: '“Every pump in the county is running.”', cue: ':', speaker: 'Brenner' },
    ]);
  });

  it('still reads no statement after a label', () => {
    expect(quotesIn(`${lead}Q: Who runs the pumps?`)).toEqual([]);
  });
});
