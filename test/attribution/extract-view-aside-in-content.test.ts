/**
 * "said the district, in her words, finds money for consultants": an aside that says whose words
 * or view the clause is ("in her words", "in his view") interrupts what was said, and the verb
 * after it is no new cue of the speaker's, even when it could be one ("finds").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"in her words" inside what was said', () => {
  it('keeps the clause whole', () => {
    expect(spokenQuotes('Oduya said the board, in his words, finds cash for lawyers and never for roads.')).toEqual([
      { content: 'the board, in his words, finds cash for lawyers and never for roads', cue: 'said', speaker: 'Oduya' },
    ]);
  });
});
