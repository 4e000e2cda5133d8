/**
 * "Dora Bishop, 61, a retired teacher, said ...", "“...,” said Dora Bishop, a retired teacher.":
 * a pair of capitalised words ending in a title word is a person's name before a person's
 * appositive also when an age stands between them or an inverted cue of saying stands before the
 * pair; the later bare surname ("Bishop said") takes the person up.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a title-word surname before an appositive', () => {
  it('is a name with an age between', () => {
    const text = 'Dora Bishop, 61, a retired teacher, said the school would close. Bishop said parents were angry.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Dora Bishop, 61, a retired teacher', 'Dora Bishop'],
      ['Bishop', 'Dora Bishop'],
    ]);
  });

  it('is a name after an inverted cue', () => {
    const text = '"We were never asked," said Dora Bishop, a retired teacher. Bishop said parents were angry.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Dora Bishop, a retired teacher', 'Dora Bishop'],
      ['Bishop', 'Dora Bishop'],
    ]);
  });
});
