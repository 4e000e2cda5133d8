/**
 * A relative clause on a noun whose gap is the subject of what is said ("a plan that critics
 * say will raise rents", "a finding they say could lead to new drugs"): the present "say"
 * before a finite verb is a verb of saying there, as it is after "which", not a noun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a present verb of saying in a relative clause whose gap is the subject', () => {
  it('reads the clause after a relative "that"', () => {
    expect(quotesIn('Mayor Ana Lind backed a plan that critics say will raise rents.')).toContainEqual({
      content: 'that critics say will raise rents',
      cue: 'say',
      speaker: 'critics',
    });
    expect(quotesIn('Lind backed a rule that he says would make it harder to vote.')).toContainEqual({
      content: 'that he says would make it harder to vote',
      cue: 'says',
      speaker: 'he',
    });
  });

  it('reads the clause with no "that", keeping its head', () => {
    expect(quotesIn('Scientists found a compound in the soil, a finding they say could lead to new drugs.')).toEqual([
      { content: 'a finding they say could lead to new drugs', cue: 'say', speaker: 'they' },
    ]);
  });

  it('leaves a present form that is a noun before a verb alone', () => {
    expect(quotesIn('The monthly farm report has lifted prices.')).toEqual([]);
    expect(quotesIn('The bill voters support has passed the senate.')).toEqual([]);
  });
});
