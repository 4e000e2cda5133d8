/**
 * A quoted title, "by" and its author before a colon introduce an excerpt, not a statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const lead = 'Lind won the vote.\n\n';

describe('an excerpt after a title and its author', () => {
  it('reads no statement by the author of a quoted title', () => {
    expect(quotesIn(`${lead}"Dam to close in May," by Ana Pike: "The harbor dam will close in May."`)).toEqual([]);
  });

  it('still reads a name and a colon', () => {
    expect(quotesIn(`${lead}Ana Pike: "The harbor dam will close in May."`)).toEqual([
      { content: '"The harbor dam will close in May."', cue: ':', speaker: 'Ana Pike' },
    ]);
  });
});
