/**
 * "The bank, which cut rates in May, is widely expected to hold them": an adverb between the
 * auxiliary and an impression or expectation with no one named leaves the subject before the
 * aside in the content, as a bare "is expected" does. An attribution set off by commas before the
 * verb ("and, Kell said, has lately seemed ...") is no aside on a subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an adverb before an impression after an aside on the subject', () => {
  it('keeps the subject before a relative clause', () => {
    expect(spokenQuotes('The port authority, which doubled its fees in 2019, is widely expected to cut them next spring.')).toEqual([
      { content: 'The port authority, which doubled its fees in 2019, is widely expected to cut them next spring', cue: 'expected' },
    ]);
  });

  it('keeps the subject before an appositive', () => {
    expect(spokenQuotes('Rosa Vint, the front-runner, was also expected to win the rural vote.')).toEqual([
      { content: 'Rosa Vint, the front-runner, was also expected to win the rural vote', cue: 'expected' },
    ]);
  });
});
