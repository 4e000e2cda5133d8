/**
 * "according to X," set off inside a clause that resumes after it: the source is X alone and
 * what it covers is the whole sentence.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"according to" as an aside inside a clause', () => {
  it('reads the whole sentence after a fronted time phrase', () => {
    expect(quotesIn('About noon, according to a county timeline, the crews left the dock.')).toEqual([
      { content: 'About noon, according to a county timeline, the crews left the dock', cue: 'according to', speaker: 'a county timeline' },
    ]);
  });

  it('reads the whole sentence when the aside splits subject and verb', () => {
    expect(quotesIn('But the next day, according to Ana Pike, the mayor made new demands.')).toEqual([
      { content: 'But the next day, according to Ana Pike, the mayor made new demands', cue: 'according to', speaker: 'Ana Pike' },
    ]);
  });

  it('keeps a noun appositive with the source at the end of the sentence', () => {
    expect(quotesIn('The ferry line lost money last year, according to Ana Pike, a planner at Vale College.')).toEqual([
      { content: 'The ferry line lost money last year', cue: 'according to', speaker: 'Ana Pike, a planner at Vale College' },
    ]);
  });
});
