/**
 * A restrictive relative clause in the perfect ("mayors who have slammed the plan") describes the
 * people it is on; it is no statement. A relative clause between commas still reports one.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"who has" or "who have" with a cue', () => {
  it('reads nothing from a restrictive clause', () => {
    expect(quotesIn('Lind has joined a long line of mayors who have slammed the ferry plan.')).toEqual([]);
  });

  it('reads nothing with an adverb before the cue', () => {
    expect(quotesIn('The board hired a planner who has long opposed the new pier.')).toEqual([]);
  });

  it('still reads a clause between commas', () => {
    expect(quotesIn('Ana Lind, who has slammed the ferry plan, spoke first.')).toEqual([
      { content: 'the ferry plan', cue: 'slammed', speaker: 'who' },
    ]);
  });

  it('still reads a restrictive clause without the perfect', () => {
    expect(quotesIn('The board met growers who say the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'say', speaker: 'who' },
    ]);
  });
});
