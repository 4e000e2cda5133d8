/**
 * "most" or "more" before an adverb in -ly ("most recently", "More recently,") intensifies the
 * adverb; it is no subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"most" and "more" before an adverb', () => {
  it('gives a verb after "and most recently" the clause\'s subject', () => {
    expect(quotesIn('In May she vowed to close the port, declined to meet the growers, and most recently defended the levy.')).toEqual([
      { content: 'to close the port', cue: 'vowed', speaker: 'she' },
      { content: 'to meet the growers', cue: 'declined', speaker: 'she' },
      { content: 'the levy', cue: 'defended', speaker: 'she' },
    ]);
  });

  it('skips "More recently," before the subject', () => {
    expect(quotesIn('More recently, she has turned against the levy, urging growers to vote no.')).toEqual([
      { content: 'growers to vote no', cue: 'urging', speaker: 'she' },
    ]);
  });

  it('still reads "Most" and "Both" standing alone as subjects', () => {
    expect(quotesIn('Most said the levy was unfair.')).toEqual([{ content: 'the levy was unfair', cue: 'said', speaker: 'Most' }]);
    expect(quotesIn('Both have said the levy was unfair.')).toEqual([{ content: 'the levy was unfair', cue: 'said', speaker: 'Both' }]);
  });
});
