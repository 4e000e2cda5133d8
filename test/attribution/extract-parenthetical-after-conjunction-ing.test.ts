/**
 * "The council is raising fares and, she said, cutting routes": an attribution set off by commas
 * right after "and" or "but" interrupts a pair, and a word in "-ing" after it is the pair's second
 * half, so what was said runs on through it; after a clause alone (", she said, leaving ...") such
 * a participle is still the writer's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an attribution between "and" and a word in "-ing"', () => {
  it('runs what was said on past the attribution', () => {
    expect(spokenQuotes('The council is raising fares and, she said, cutting routes.')).toEqual([
      { content: 'The council is raising fares and, she said, cutting routes', cue: 'said', speaker: 'she' },
    ]);
    expect(spokenQuotes('Most weekends he is fishing or, he admits, sleeping late.')).toEqual([
      { content: 'Most weekends he is fishing or, he admits, sleeping late', cue: 'admits', speaker: 'he' },
    ]);
  });

  it('still ends at a participle after a clause alone', () => {
    expect(spokenQuotes('The mill was closing, she said, leaving 300 people without work.')).toEqual([
      { content: 'The mill was closing', cue: 'said', speaker: 'she' },
    ]);
  });
});
