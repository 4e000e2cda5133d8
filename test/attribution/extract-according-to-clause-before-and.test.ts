/**
 * "According to the memo, the dam leaks, and repairs will cost millions": a phrase after the
 * source's comma whose own comma "and", "or" or "but" follows is the first clause of what is
 * sourced, no appositive on the source; "According to Pike, a former engineer, the dam leaks"
 * keeps its appositive.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a clause before ", and" after a fronted "according to"', () => {
  it('is sourced, not taken into the source', () => {
    expect(spokenQuotes('According to the survey, the levee leaks, and repairs will take a year.')).toEqual([
      { content: 'the levee leaks, and repairs will take a year', cue: 'According to', speaker: 'the survey' },
    ]);
  });

  it('still takes an appositive before the clause into the source', () => {
    expect(spokenQuotes('According to Brandt, a former surveyor, the levee leaks.')).toEqual([{ content: 'the levee leaks', cue: 'According to', speaker: 'Brandt, a former surveyor' }]);
  });
});
