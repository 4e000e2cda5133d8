/**
 * "This" opens a time phrase only before a period ("This week, ..."); before a verb it is the
 * subject of a clause that a postposed cue attributes.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"this" as a subject before a postposed cue', () => {
  it('attributes a clause whose subject is "this"', () => {
    expect(quotesIn('This includes a new fund for growers, Mayor Ana Lind told a council panel.')).toEqual([
      { content: 'This includes a new fund for growers', cue: 'told', speaker: 'Mayor Ana Lind' },
    ]);
  });

  it('still reads "this week" as a time phrase, which is no statement', () => {
    expect(quotesIn('This week, Lind said.')).toEqual([]);
  });
});
