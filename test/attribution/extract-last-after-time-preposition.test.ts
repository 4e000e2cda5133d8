/**
 * "accused the mayor of hiding the costs during last year's floods": a phrase that "last" opens
 * after a preposition of time is that preposition's object, so the content runs through it
 * rather than ending at a dangling "during" or "after". A bare "last week" after the content is
 * still a time adjunct of the act of saying.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"last" after a preposition of time inside the content', () => {
  it('keeps the phrase in the content', () => {
    expect(spokenQuotes('The union accuses the mayor of hiding the costs during last year\'s floods.')).toEqual([
      { content: 'the mayor of hiding the costs during last year\'s floods', cue: 'accuses', speaker: 'The union' },
    ]);
    expect(spokenQuotes('The council accused the firm of raising fares after last month\'s strike.')).toEqual([
      { content: 'the firm of raising fares after last month\'s strike', cue: 'accused', speaker: 'The council' },
    ]);
  });

  it('still drops a bare "last week" after the content', () => {
    expect(spokenQuotes('The council accused the firm of raising fares last week.')).toEqual([
      { content: 'the firm of raising fares', cue: 'accused', speaker: 'The council' },
    ]);
  });
});
