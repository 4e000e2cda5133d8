/**
 * The subject of a passive verb of telling ("were told", "was warned", "had been assured") is the
 * one told, not the speaker: the speaker is the phrase after "by", or no one is named. What was
 * told is the that-clause, which may follow the "by" phrase or a short adjunct ("in a letter").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a passive verb of telling', () => {
  it('names no speaker without "by"', () => {
    expect(quotesIn('Tenants were told that the boiler would be fixed by Friday.')).toEqual([
      { content: 'the boiler would be fixed by Friday', cue: 'told' },
    ]);
  });

  it('reads the that-clause after an adjunct of medium or time', () => {
    expect(quotesIn('Members were informed in a letter last week that the club would close.')).toEqual([
      { content: 'the club would close', cue: 'informed' },
    ]);
  });

  it('takes the speaker from "by"', () => {
    expect(quotesIn('Dace had been warned by the river board that the levee was weak.')).toEqual([
      { content: 'the levee was weak', cue: 'warned', speaker: 'the river board' },
    ]);
  });

  it('leaves the active verb to its subject', () => {
    expect(quotesIn('The river board warned that the levee was weak.')).toEqual([
      { content: 'the levee was weak', cue: 'warned', speaker: 'The river board' },
    ]);
  });
});
