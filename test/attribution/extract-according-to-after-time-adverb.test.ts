/**
 * A subordinator and a comma before "according to" make the source lead the clause after it
 * ("because, according to the engineers, it had cracked"). After a span of time the same word is
 * an adverb ("up from 900 the year before, according to ..."): the source closes the clause before
 * it, as after any other comma.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"according to" after "the year before,"', () => {
  it('covers the clause before it', () => {
    expect(quotesIn('The clinic saw 1,400 patients, up from 900 the year before, according to a report released at a board meeting in Tarsk.')).toEqual([
      { content: 'The clinic saw 1,400 patients, up from 900 the year before', cue: 'according to', speaker: 'a report' },
    ]);
  });

  it('still lets the source lead the clause after "because,"', () => {
    expect(quotesIn('The dam was closed because, according to the engineers, it had cracked.')).toEqual([
      { content: 'it had cracked', cue: 'according to', speaker: 'the engineers' },
    ]);
  });
});
