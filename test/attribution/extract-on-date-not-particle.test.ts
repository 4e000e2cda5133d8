/**
 * "insisted on Friday that ...", "called on Monday for a recount": "on" before a weekday or a date
 * dates the verb; it is not the preposition of the two-word cue ("insist on", "call on"). The cue is
 * the verb alone when it takes a clause, or the verb with its own preposition after the date; a
 * verb that only takes the two-word form keeps it ("commented on Tuesday that ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"on" and a date after a two-word cue\'s verb', () => {
  it('is no particle of the cue before a clause', () => {
    expect(quotesIn('Both rowing clubs insisted on Friday that the regatta would be held.')).toEqual([
      { content: 'the regatta would be held', cue: 'insisted', speaker: 'Both rowing clubs' },
    ]);
  });

  it('lets the verb reach its own preposition after the date', () => {
    expect(quotesIn('Councillor Brisk called on Monday for a second count of the ballots.')).toEqual([
      { content: 'a second count of the ballots', cue: 'called on Monday for', speaker: 'Councillor Brisk' },
    ]);
  });

  it('keeps "on" before an object, and for a verb that needs it', () => {
    expect(quotesIn('The ferry union insisted on a new timetable.')).toEqual([
      { content: 'a new timetable', cue: 'insisted on', speaker: 'The ferry union' },
    ]);
    expect(quotesIn('The harbor master commented on Tuesday that the silt had returned.')).toEqual([
      { content: 'the silt had returned', cue: 'commented on', speaker: 'The harbor master' },
    ]);
  });
});
