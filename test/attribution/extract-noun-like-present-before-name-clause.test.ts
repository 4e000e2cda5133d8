/**
 * "The ad claims Ruiz abandoned veterans": a present form that is more often a plural noun is a
 * cue after a short subject with a determiner when a name opens a clause with its own verb after
 * it; the relative clause of "the legal claims Ruiz filed were denied" leaves it a noun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a noun-like present form before a clause that opens with a name', () => {
  it('is a cue', () => {
    expect(spokenQuotes('Her mailer claims Abernathy skipped three budget votes.')).toEqual([
      { content: 'Abernathy skipped three budget votes', cue: 'claims', speaker: 'Her mailer' },
    ]);
  });

  it('stays a noun when a finite verb follows the clause', () => {
    expect(spokenQuotes('The legal claims Abernathy filed were dismissed in May.')).toEqual([]);
  });
});
