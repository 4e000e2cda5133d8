/**
 * A sentence that opens with "But" or "And" and a personal pronoun is a clause, not a bare
 * adjunct ("But on Friday, ..."), so a postposed attribution after it reports it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a conjunction and a personal pronoun before a postposed attribution', () => {
  it('reports a "But he ..." clause before "he said"', () => {
    expect(quotesIn('But he runs the mill on a different model, he said.')).toEqual([
      { content: 'But he runs the mill on a different model', cue: 'said', speaker: 'he' },
    ]);
  });

  it('reports an "And she ..." clause before a named speaker', () => {
    expect(quotesIn('And she stands by the old ferry timetable, Nia Holt said.')).toEqual([
      { content: 'And she stands by the old ferry timetable', cue: 'said', speaker: 'Nia Holt' },
    ]);
  });

  it('still reports nothing for a bare adjunct after "But"', () => {
    expect(quotesIn('But on Friday, Nia Holt said nothing.')).toEqual([]);
  });
});
