/**
 * A place, a colon and a list of names is a roster, not a statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const lead = 'Lind won the vote.\n\n';

describe('a roster after a colon', () => {
  it('reads no statement in a list of names', () => {
    expect(quotesIn(`${lead}Ohio: Ana Pike, Tom Kell, Rosa Ruiz, Ben Lind.`)).toEqual([]);
  });

  it('still reads a turn that names people later', () => {
    expect(quotesIn(`${lead}Ruiz: We will build the dam, Ana Pike and I, next year.`)).toEqual([
      { content: 'We will build the dam, Ana Pike and I, next year', cue: ':', speaker: 'Ruiz' },
    ]);
  });
});
