/**
 * A paragraph that closes with a subject, a verb of saying and a colon ("Hewitt writes:")
 * introduces the next paragraph, set off by the layout instead of quote marks, as what the
 * subject says.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const after = '\n\nThe council met on Monday.';

describe('a block quotation after a paragraph ending in "writes:"', () => {
  it('reads the whole next paragraph as the statement', () => {
    expect(quotesIn(`The harbor plan drew fire.\n\nThe governor added:\n\nIt is typical of the board. It knows nothing about the harbor, and it never will.${after}`)).toContainEqual({
      content: 'It is typical of the board. It knows nothing about the harbor, and it never will',
      cue: 'added',
      speaker: 'The governor',
    });
    expect(quotesIn(`The film drew fire.\n\nIn a column last May, Hewitt wrote:\n\nThe film names neither the mayor nor the harbor chief, and no case is made against them.${after}`)).toContainEqual({
      content: 'The film names neither the mayor nor the harbor chief, and no case is made against them',
      cue: 'wrote',
      speaker: 'Hewitt',
    });
  });

  it('reads nothing when the colon closes no verb of saying with its subject', () => {
    expect(quotesIn(`The harbor plan has three parts:\n\nThe dock gets new piles, the shed gets a new roof and the yard gets a crane.${after}`)).toEqual([]);
    expect(quotesIn(`Nor has the mayor sat still as Kent bends port rules:\n\nIn May, the city put a toll on every boat from Kent.${after}`)).toEqual([]);
  });
});
