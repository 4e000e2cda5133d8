/**
 * "People familiar with the talks between Lind and Kell said ...": "between" always takes both
 * members of a pair, so the "and" after it joins them inside the phrase of the noun before
 * "between", and that whole phrase speaks, not the pair (nor its second member alone).
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a pair after "between" inside the subject', () => {
  it('keeps a pair of names with the noun before "between"', () => {
    expect(spokenQuotes('Three aides familiar with the feud between Dorsey and Malik said the meeting was tense.')).toEqual([
      { content: 'the meeting was tense', cue: 'said', speaker: 'Three aides familiar with the feud between Dorsey and Malik' },
    ]);
  });

  it('keeps a pair of determiner phrases with the noun before "between"', () => {
    expect(spokenQuotes('A diplomat briefed on the contacts between the port authority and the shipping line said a deal was near.')).toEqual([
      { content: 'a deal was near', cue: 'said', speaker: 'A diplomat briefed on the contacts between the port authority and the shipping line' },
    ]);
  });

  it('still joins two speakers when no "between" stands before them', () => {
    expect(spokenQuotes('The port authority and the shipping line said a deal was near.')).toEqual([
      { content: 'a deal was near', cue: 'said', speaker: 'The port authority and the shipping line' },
    ]);
  });
});
