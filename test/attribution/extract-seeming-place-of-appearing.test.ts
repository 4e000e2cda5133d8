/**
 * "Holt appeared briefly outside the command post", "the witness appeared via video link": a
 * place or a channel of appearing after "appeared" (past a manner adverb) makes it a verb of
 * appearing, not of impression; there is no statement. "seemed beside the point" is an impression.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"appeared" before a place or a channel', () => {
  it('is no impression', () => {
    expect(spokenQuotes('Late on Sunday, the negotiator appeared briefly outside the police station.')).toEqual([]);
    expect(spokenQuotes('The witness appeared via a video link from the prison.')).toEqual([]);
    expect(spokenQuotes('The minister appeared near the stage during the closing speech.')).toEqual([]);
  });

  it('still reads an impression that is no place', () => {
    expect(spokenQuotes('Counting every vote again seemed beside the point by then.').map((quote) => quote.cue)).toEqual(['seemed']);
  });
});
