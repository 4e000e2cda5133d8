/**
 * "The Bundesbank said ...", "the Kremlin": a single capitalised word after "the" that heads its
 * phrase names a body, since a person's name takes no article; a word for a person by party or
 * by where he comes from ("the Briton", "the Republican") still names a person.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('a one-word name after "the"', () => {
  it('is an organization', () => {
    expect(typedQuotes('The Norbank said on Friday that lending had slowed.')).toEqual([
      { content: 'lending had slowed', cue: 'said', speaker: 'The Norbank', kind: 'organization' },
    ]);
  });

  it('stays a person for a word naming where one comes from', () => {
    expect(typedQuotes('The Briton said he would appeal the ruling.')).toEqual([
      { content: 'he would appeal the ruling', cue: 'said', speaker: 'The Briton', kind: 'person' },
    ]);
  });
});
