/**
 * After a cue and its object phrase, "that" with a verb straight after it opens a relative clause
 * on the phrase, not the content: "appeals to a base that has grown tired".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"that" with a verb after an object phrase', () => {
  it('reads no statement from a relative clause on the object', () => {
    expect(quotesIn('Mayor Ada Kell appeals to a base that has grown tired of the ferry fees.')).toEqual([]);
  });

  it('still reads "that" straight after the cue', () => {
    expect(quotesIn('Ana Pike said that was a mistake.')).toEqual([
      { content: 'that was a mistake', cue: 'said', speaker: 'Ana Pike' },
    ]);
  });

  it('still reads the question after "whether"', () => {
    expect(quotesIn('Tom Reyes asked Kell whether that would happen before the vote.').map((q) => [q.cue, q.speaker])).toEqual([['asked', 'Tom Reyes']]);
  });
});
