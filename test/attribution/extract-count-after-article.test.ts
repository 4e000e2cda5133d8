/**
 * A count or "other" after an article or a possessive ("the two", "his other") sits inside the
 * noun phrase; the phrase, and so the speaker, opens at the article, and a head noun with "of"
 * before it ("relatives of the three ...") still belongs to it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a count after an article inside the speaker', () => {
  it('keeps a noun and "of" before "the" and a count', () => {
    expect(quotesIn('Cousins of the three climbers said the rope had frayed.')).toEqual([
      { content: 'the rope had frayed', cue: 'said', speaker: 'Cousins of the three climbers' },
    ]);
    expect(quotesIn('One of the two pilots said the radio went quiet.')).toEqual([
      { content: 'the radio went quiet', cue: 'said', speaker: 'One of the two pilots' },
    ]);
  });

  it('opens the speaker at the article or possessive before a count or "other"', () => {
    expect(quotesIn('The four trustees said the vote was fair.')).toEqual([
      { content: 'the vote was fair', cue: 'said', speaker: 'The four trustees' },
    ]);
    expect(quotesIn('Her two nephews said the farm would be sold.')).toEqual([
      { content: 'the farm would be sold', cue: 'said', speaker: 'Her two nephews' },
    ]);
    expect(quotesIn('Owners of the other kiosks said rents had doubled.')).toEqual([
      { content: 'rents had doubled', cue: 'said', speaker: 'Owners of the other kiosks' },
    ]);
  });

  it('still reads a count standing alone as the speaker', () => {
    expect(quotesIn('Of the twelve, two said the plan was late.')).toEqual([
      { content: 'the plan was late', cue: 'said', speaker: 'two' },
    ]);
  });
});
