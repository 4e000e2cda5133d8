/**
 * Idioms of emphasis before "to" ("went so far as to claim", "took pains to stress", "hastened to
 * add") carry the tense of the cue after them, whose statement is the subject's, as "went on to
 * say" and "went out of her way to" already do.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue after an idiom of emphasis', () => {
  it('reads "went so far as to claim"', () => {
    expect(quotesIn('Ken Varga went so far as to claim that the ferry line was finished.')).toEqual([
      { content: 'the ferry line was finished', cue: 'claim', speaker: 'Ken Varga' },
    ]);
  });

  it('reads "took pains to stress"', () => {
    expect(quotesIn('The harbor board took pains to stress that no jobs would be lost.')).toEqual([
      { content: 'no jobs would be lost', cue: 'stress', speaker: 'The harbor board' },
    ]);
  });

  it('reads "hastened to add"', () => {
    expect(quotesIn('Mira Olsen hastened to add that the fares would not rise.')).toEqual([
      { content: 'the fares would not rise', cue: 'add', speaker: 'Mira Olsen' },
    ]);
  });
});
