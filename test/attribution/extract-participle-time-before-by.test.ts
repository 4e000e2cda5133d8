/**
 * "An audit published last year by the comptroller found ...": a reduced relative on the subject
 * may hold a time between its participle and "by" ("last year", "on Monday"); the subject with
 * its agent is the speaker, as it is with no time or a weekday alone, not the agent alone.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a time between the participle and "by" in the subject', () => {
  it('keeps the head of the subject in the speaker', () => {
    expect(spokenQuotes('An audit published last year by the river board found that half the gauges were broken.')).toEqual([
      { content: 'half the gauges were broken', cue: 'found', speaker: 'An audit published last year by the river board' },
    ]);
    expect(spokenQuotes('A survey released on Monday by the growers union found that most farms had lost money.')).toEqual([
      { content: 'most farms had lost money', cue: 'found', speaker: 'A survey released on Monday by the growers union' },
    ]);
  });

  it('reads a weekday alone as before', () => {
    expect(spokenQuotes('A letter sent Tuesday by the tenants says the lifts are broken.')).toEqual([
      { content: 'the lifts are broken', cue: 'says', speaker: 'A letter sent Tuesday by the tenants' },
    ]);
  });
});
