/**
 * "as many as 300", "as much as half": an equative of quantity before a number bounds it as "at
 * least" does, so after a cue it opens the subject of the clause said, not an adverbial "as"
 * clause.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('an equative bound on a number after a cue', () => {
  it('reads "as many as" and a numeral as the start of the clause said', () => {
    expect(quotesIn('Volunteers say as many as 400 families have left the valley.')).toEqual([
      { content: 'as many as 400 families have left the valley', cue: 'say', speaker: 'Volunteers', mode: 'indirect' },
    ]);
  });

  it('reads "as much as" before a count word the same way', () => {
    expect(quotesIn('The miller said as much as half the barley was ruined.')).toEqual([
      { content: 'as much as half the barley was ruined', cue: 'said', speaker: 'The miller', mode: 'indirect' },
    ]);
  });

  it('does not read "as many" without a number as a clause said', () => {
    expect(quotesIn('The warden said as many hikers had feared.')).toEqual([]);
  });
});
