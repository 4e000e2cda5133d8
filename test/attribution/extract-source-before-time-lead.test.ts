/**
 * After the one named in a "by" phrase of a passive or after "according to", "late" or "early"
 * opens a time phrase ("by the port office late Sunday", "according to a notice from the board
 * early Monday"): it times the act and is no part of the speaker. Before a noun ("the late
 * harbor master") it is an adjective and stays.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"late" and "early" after the source', () => {
  it('ends the source of a passive before "late Sunday"', () => {
    expect(quotesIn('The return of the two sailors was confirmed by the port office late Sunday.')).toEqual([
      { content: 'The return of the two sailors', cue: 'confirmed', speaker: 'the port office' },
    ]);
  });

  it('ends the source after "according to" before "early Monday"', () => {
    expect(quotesIn('The ferry will run again on Friday, according to a notice from the board early Monday.')).toEqual([
      { content: 'The ferry will run again on Friday', cue: 'according to', speaker: 'a notice from the board' },
    ]);
  });

  it('keeps "late" before a noun', () => {
    expect(quotesIn('The ferry will run again on Friday, according to the late harbor master\'s log.')).toEqual([
      { content: 'The ferry will run again on Friday', cue: 'according to', speaker: "the late harbor master's log" },
    ]);
  });
});
