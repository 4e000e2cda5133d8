/**
 * "according to X" right after a colon, or after a subordinator and its comma ("because, according
 * to aides, ..."), leads the clause that follows the source, as it does at a sentence's start.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"according to" opening a clause inside the sentence', () => {
  it('covers the clause after the source when a colon precedes it', () => {
    expect(quotesIn('The drop is plain to see: According to two new surveys, Dorn now has just 9 percent support.')).toEqual([
      { content: 'Dorn now has just 9 percent support', cue: 'According to', speaker: 'two new surveys' },
    ]);
  });

  it('covers the clause after the source when a subordinator precedes it', () => {
    expect(quotesIn('He will go to the debate, because, according to Lind, the press would call him a coward.')).toEqual([
      { content: 'the press would call him a coward', cue: 'according to', speaker: 'Lind' },
    ]);
  });

  it('still covers the clause before the source after a plain comma', () => {
    expect(quotesIn('The ferry will close in May, according to the harbor board.')).toEqual([
      { content: 'The ferry will close in May', cue: 'according to', speaker: 'the harbor board' },
    ]);
  });
});
