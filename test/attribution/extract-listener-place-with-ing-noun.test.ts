/**
 * "told reporters outside the hearing room that ...": a place after the listener may hold a word
 * in "-ing" after its article ("the hearing room", "the briefing room"); that word names a thing,
 * it is no cue, so what was told still starts after "that".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a place with a noun in "-ing" after the listener of "told"', () => {
  it('passes over "the hearing room" to the "that" clause', () => {
    expect(spokenQuotes('Mbeki told reporters outside the hearing room that the bank had misled the panel.')).toEqual([
      { content: 'the bank had misled the panel', cue: 'told', speaker: 'Mbeki' },
    ]);
  });

  it('passes over "the briefing room" too', () => {
    expect(spokenQuotes('Oduya told journalists in the briefing room that the ferry would resume on Monday.')).toEqual([
      { content: 'the ferry would resume on Monday', cue: 'told', speaker: 'Oduya' },
    ]);
  });
});
