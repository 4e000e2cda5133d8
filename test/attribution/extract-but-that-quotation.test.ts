/**
 * ", but that ..." adds a second clause to what the cue introduced, also when a quotation opens
 * right after "that"; a bare ", but" with a new subject still ends the statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('", but that" before a quotation', () => {
  it('goes on through ", but that “...”"', () => {
    expect(quotesIn('Kell said that the mayor had stirred the growers, but that “plenty of growers still trust Ana Pike.”')).toEqual([
      { content: 'the mayor had stirred the growers, but that “plenty of growers still trust Ana Pike.”', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('goes on through ", but that" before doubled apostrophes', () => {
    expect(quotesIn("Kell said that the mayor had stirred the growers, but that ''plenty of growers still trust Ana Pike.''")).toEqual([
      { content: "the mayor had stirred the growers, but that ''plenty of growers still trust Ana Pike.''", cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('still ends before ", but" and a new subject', () => {
    expect(quotesIn('Kell said that the mayor had stirred the growers, but the board was not moved.')).toEqual([
      { content: 'the mayor had stirred the growers', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
