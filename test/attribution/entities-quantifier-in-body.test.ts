/**
 * "Many in the party believe ...", "Few on the committee think ...", "most in Tarrow want ...": a
 * quantifier standing alone before "in", "on" or "at" and a body, a group of people, a town or a
 * named place is one subject, a group of its members; the speaker is neither the bare quantifier
 * nor the body. (A room or a spot, "Many in the hall said", stays an adjunct of the quantifier.)
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a quantifier before "in", "on" or "at"', () => {
  it('takes the body or place as where its members are', () => {
    expect(resolvedQuotes('Many in the party believe the count was rigged.')).toEqual([
      { content: 'the count was rigged', cue: 'believe', speaker: 'Many in the party', entity: 'Many in the party', mode: 'indirect' },
    ]);
    expect(resolvedQuotes('Few on the committee think the levy will pass.')).toEqual([
      { content: 'the levy will pass', cue: 'think', speaker: 'Few on the committee', entity: 'Few on the committee', mode: 'indirect' },
    ]);
  });

  it('takes a crowd or a town as a body of people', () => {
    expect(resolvedQuotes('Some in the crowd said the band was late.').map((quote) => quote.speaker)).toEqual(['Some in the crowd']);
    expect(resolvedQuotes('Many in the town fear the mill will close.').map((quote) => quote.speaker)).toEqual(['Many in the town']);
  });

  it('makes a group of it before a name', () => {
    expect(resolvedQuotes('Most in Tarrow want to keep the ferry. They signed a petition.').slice(0, 1)).toEqual([
      { content: 'to keep the ferry', cue: 'want', speaker: 'Most in Tarrow', entity: 'Most in Tarrow', mode: 'indirect' },
    ]);
  });
});
