/**
 * A reciprocal object ("mocked each other", "took aim at one another") names only the speakers
 * themselves: no statement is read from it, while a cue with an ordinary object still reads.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a reciprocal object', () => {
  it('reads no statement from "each other" or "one another"', () => {
    expect(quotesIn('At the harbor forum, Lind and Kell mocked each other for an hour.')).toEqual([]);
    expect(quotesIn('At the Dover fair the two growers took aim at one another.')).toEqual([]);
  });

  it('still reads an ordinary object', () => {
    expect(quotesIn('At the harbor forum, Lind mocked the ferry levy.')).toEqual([
      { content: 'the ferry levy', cue: 'mocked', speaker: 'Lind' },
    ]);
  });
});
