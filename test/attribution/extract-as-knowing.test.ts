/**
 * An "as" clause of knowing or finding names the source of the main clause as a clause of saying
 * does ("As we saw after the flood, lenders can change their minds", "as polls show"); and a cue set between
 * commas with an adjunct after it ("Most of it, the auditor found in March, comes from ...")
 * does not reach past its closing comma for a "that" of the sentence around it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"as" clauses of knowing and finding', () => {
  it('gives the main clause to the source of the "as" clause', () => {
    expect(quotesIn('After all, as we saw after the last flood, lenders that are generous now can change their minds overnight.')).toEqual([
      { content: 'lenders that are generous now can change their minds overnight', cue: 'saw', speaker: 'we' },
    ]);
    expect(quotesIn('As the polls show, the harbor race is close.')).toEqual([{ content: 'the harbor race is close', cue: 'show', speaker: 'the polls' }]);
    expect(quotesIn('The harbor race is close, as the polls show.')).toEqual([{ content: 'The harbor race is close', cue: 'show', speaker: 'the polls' }]);
  });
});

describe('a parenthetical cue with an adjunct', () => {
  it('does not take the "that" of a relative clause after the closing comma', () => {
    const found = quotesIn('Most of the shortfall, the auditor found in March, comes from a dock project that ran two years late.');
    expect(found.some((quote) => quote.content === 'ran two years late')).toBe(false);
  });

  it('still reads a "that" after a relative clause on the adjunct', () => {
    expect(quotesIn('She said on the radio, where she now works, that the dam would hold.')).toEqual([
      { content: 'the dam would hold', cue: 'said', speaker: 'She' },
    ]);
  });
});
