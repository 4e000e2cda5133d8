/**
 * A body named by its members ("Citizens for Fair Harbors", "The Sons of the Ridge": a capitalised
 * plural, a preposition and a capitalised last word) is read as a group of people, and "the group"
 * after it takes it up, as it takes up an organization named before.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('"the group" for a body named by its members', () => {
  it('takes "The group" for "Citizens for Fair Harbors"', () => {
    const text = 'Citizens for Fair Harbors said the mooring fees were unfair. The group said it would take the port to court.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity, quote.content])).toEqual([
      ['Citizens for Fair Harbors', 'Citizens for Fair Harbors', 'the mooring fees were unfair'],
      ['The group', 'Citizens for Fair Harbors', 'it would take the port to court'],
    ]);
  });

  it('takes it for a name with "The" and an appositive', () => {
    const text = 'The Wardens of the Pass, an armed band in the hills, said it held two drivers. The group said they were unharmed.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'The group', entity: 'The Wardens of the Pass', cue: 'said' });
  });

  it('passes over it for "the rights group" when an organization of that word came before', () => {
    const text = 'Harbor Rights Watch said it had counted 14 attacks. Citizens for Fair Harbors said the fees were unfair. The rights group said both sides were to blame.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'The rights group', entity: 'Harbor Rights Watch' });
  });
});
