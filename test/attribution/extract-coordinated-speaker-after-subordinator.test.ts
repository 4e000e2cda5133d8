/**
 * "The mill closed, as inspectors in Lyon and the capital said ...": a subordinator after a comma
 * opens a clause whose subject runs from right after it, so "and" before a determiner joins two
 * conjuncts of one speaker's phrase there, as it does at a sentence's start ("The mayor and the
 * council said"); before, only the second conjunct was taken for the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a coordinated speaker right after a subordinator', () => {
  it('keeps both conjuncts after ", as"', () => {
    expect(spokenQuotes('The ferry stayed in port, as inspectors in Lyon and the capital said they would review its hull.')).toEqual([
      { content: 'they would review its hull', cue: 'said', speaker: 'inspectors in Lyon and the capital' },
    ]);
  });

  it('keeps both conjuncts after ", after"', () => {
    expect(spokenQuotes('Dorn resigned on Monday, after Ana Pell and the board said they had lost faith in him.')).toEqual([
      { content: 'they had lost faith in him', cue: 'said', speaker: 'Ana Pell and the board' },
    ]);
  });
});
