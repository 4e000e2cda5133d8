/**
 * An age used as a noun ("the 43-year-old") names a person who can speak, unlike a count before
 * a past form ("the 270 pledged delegates").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an age as the speaker', () => {
  it('reads "the 51-year-old asked" after a quoted question', () => {
    expect(quotesIn('“What if the mayor could sing?” the 51-year-old asked on her channel.')).toEqual([
      { content: '“What if the mayor could sing?”', cue: 'asked', speaker: 'the 51-year-old' },
    ]);
  });

  it('reads "the 43-year-old said" before a clause', () => {
    expect(quotesIn('The 43-year-old said the ferry would run.')).toEqual([
      { content: 'the ferry would run', cue: 'said', speaker: 'The 43-year-old' },
    ]);
  });

  it('reads a plural age as a group', () => {
    expect(quotesIn('Two 20-year-olds said they saw the fire.')).toEqual([
      { content: 'they saw the fire', cue: 'said', speaker: 'Two 20-year-olds' },
    ]);
  });

  it('still reads a count before a past form as no speaker', () => {
    expect(quotesIn('She leads by 270 pledged delegates.')).toEqual([]);
  });
});
