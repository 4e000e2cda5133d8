/**
 * After a quotation closes what was said, a lone dash and a noun phrase ("— a phrase his rivals
 * mocked") are the writer's comment on the words quoted.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun phrase after a dash that follows a quotation', () => {
  it('ends what was said at the closing mark', () => {
    expect(quotesIn('Velder said he would never back the “ferry tax” — a phrase his rivals have mocked for years.')).toEqual([
      { content: 'he would never back the “ferry tax”', cue: 'said', speaker: 'Velder' },
    ]);
  });

  it('goes on past a pair of dashes around an aside', () => {
    expect(quotesIn('Velder said the “ferry tax” — a phrase his rivals mock — would pass in May.')).toEqual([
      { content: 'the “ferry tax” — a phrase his rivals mock — would pass in May', cue: 'said', speaker: 'Velder' },
    ]);
  });
});
