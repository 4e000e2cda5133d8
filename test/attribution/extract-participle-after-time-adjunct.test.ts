/**
 * A participle of saying with "that" after it, set off from the clause before by a time adjunct
 * instead of a comma ("wrote to the board last week warning that ..."), belongs to that clause's
 * subject, as it does after a comma; not when a document is named in that clause ("a letter the
 * union sent on Monday alleging that ..."), which may be the one that alleges.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle after a time adjunct', () => {
  it('is spoken by the subject after "last week"', () => {
    expect(spokenQuotes('Two shipowners wrote to the minister last week warning that the strait was no longer safe.')).toEqual([
      { content: 'the strait was no longer safe', cue: 'warning', speaker: 'Two shipowners' },
    ]);
  });

  it('is spoken by the subject after "on" and a weekday', () => {
    expect(spokenQuotes('Nurse Ada Quist phoned the clinic on Friday saying that the ward had run out of beds.')).toEqual([
      { content: 'the ward had run out of beds', cue: 'saying', speaker: 'Nurse Ada Quist' },
    ]);
  });

  it('is left alone after a document named in the clause', () => {
    expect(spokenQuotes('Her remarks answer a letter the guild sent the board on Monday alleging that the vote was rigged.').map((q) => q.speaker)).not.toContain('Her remarks');
  });
});
