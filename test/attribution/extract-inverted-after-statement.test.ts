/**
 * An inverted attribution (", said Ana Lind, a grower") after a sentence that already holds a
 * statement: the phrase after the cue is the speaker of the whole sentence, not a content that
 * the earlier statement's subject says again.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an inverted speaker after a sentence with a cue of its own', () => {
  it('attributes the sentence to the named speaker after "said"', () => {
    expect(quotesIn("The collapse of the deal signals the end of the ferry for the valley, said Ana Lind, founder of the growers' league.")).toEqual([
      { content: 'The collapse of the deal signals the end of the ferry for the valley', cue: 'said', speaker: "Ana Lind, founder of the growers' league" },
    ]);
  });

  it('takes a determined speaker with a time after it', () => {
    expect(quotesIn('The survey found little support for the levy, said the bureau\'s director, Tom Reed, on Monday.')).toEqual([
      { content: 'The survey found little support for the levy', cue: 'said', speaker: "the bureau's director, Tom Reed" },
    ]);
  });

  it('keeps a second verb of the same subject after a comma', () => {
    expect(quotesIn('Ortiz, later alleging that the mayor lied, said he would sue.')).toEqual([
      { content: 'the mayor lied', cue: 'alleging', speaker: 'Ortiz' },
      { content: 'he would sue', cue: 'said', speaker: 'Ortiz' },
    ]);
  });
});
