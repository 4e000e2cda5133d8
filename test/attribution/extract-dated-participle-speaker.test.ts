/**
 * "A report released on Monday says ...", "a survey by the institute published on Sunday found
 * ...": a participle right before a time that stands between the subject and its cue is a reduced
 * relative on the subject, and the time is the participle's; the speaker mention runs through the
 * time rather than ending on the bare participle.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a dated participle on the subject before the cue', () => {
  it('keeps its time in the speaker mention', () => {
    expect(resolvedQuotes('A survey by the water board published on Tuesday found that the river had warmed.')).toEqual([
      { content: 'the river had warmed', cue: 'found', speaker: 'A survey by the water board published on Tuesday', entity: 'A survey by the water board', mode: 'indirect' },
    ]);
    expect(resolvedQuotes('An audit released Friday says the fund lost money.')).toEqual([
      { content: 'the fund lost money', cue: 'says', speaker: 'An audit released Friday', entity: 'An audit', mode: 'indirect' },
    ]);
  });

  it('leaves a subject with a bare time before the cue as it was', () => {
    expect(resolvedQuotes('The mayor on Monday said the dam is unsafe.')[0]?.speaker).toBe('The mayor');
  });
});
