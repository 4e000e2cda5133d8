/**
 * "conceded under questioning that ...": a gerund right after "under" is the preposition's object,
 * part of the adjunct between the cue and its "that", not a cue that opens a clause of its own.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a gerund after "under" in the adjunct before "that"', () => {
  it('starts the content after "that"', () => {
    expect(resolvedQuotes('The county engineer conceded under questioning that two culverts had been sized too small.')[0]).toMatchObject({
      content: 'two culverts had been sized too small',
      cue: 'conceded',
      speaker: 'The county engineer',
    });
  });

  it('still reads a gerund after "by" as the act of saying', () => {
    expect(resolvedQuotes('The mayor responded by saying that the culverts were fine.')[0]).toMatchObject({
      content: 'the culverts were fine',
      cue: 'saying',
      speaker: 'The mayor',
    });
  });
});
