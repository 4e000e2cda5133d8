/**
 * "promises 300 permanent posts, and ...": after a count in digits and a word that is no plural,
 * a present form in "-s" is the counted noun, not a verb with the count for its subject. A count
 * of people ("Some 2,000 dockers say") and a share ("43 percent say") keep their
 * verb, and so does a phrase after a compound, an ordinal or a year ("The 50-state poll finds").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a present form after a count and an adjective', () => {
  it('reads the counted noun as no cue', () => {
    expect(spokenQuotes('The bid, which the board read twice, offers 300 permanent posts, and the rest are seasonal work that ends in May.')).toEqual([]);
  });

  it('keeps the verb after a count of people, a share or a compound number', () => {
    expect(spokenQuotes('Some 2,000 dockers say the cranes are unsafe.')).toEqual([{ content: 'the cranes are unsafe', cue: 'say', speaker: 'Some 2,000 dockers' }]);
    expect(spokenQuotes('The 12-county survey finds that rents rose.')).toEqual([{ content: 'rents rose', cue: 'finds', speaker: 'The 12-county survey' }]);
  });
});
