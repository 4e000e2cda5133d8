/**
 * A quotation after a label that opens its line ("Claim:", "Quote of the day:") and signed with
 * a dash and a name ("— State Rep. Dana Holt, in an ad released Monday") is the signer's, as a
 * quotation that opens its line and is signed so already is. The label speaks nothing.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a labelled quotation with a signature', () => {
  it('gives a fact-check claim to the one who signs it', () => {
    const text = 'Fact check: the ferry budget\n\nClaim: \u201cThe ferry budget has doubled since 2021.\u201d \u2014 State Sen. Ivo Marek, in a radio ad released Monday\n\nRating: False\n\nMarek made the claim in an ad.';
    expect(resolvedQuotes(text)).toEqual([
      { content: '\u201cThe ferry budget has doubled since 2021.\u201d', cue: '\u2014', speaker: 'State Sen. Ivo Marek', entity: 'Ivo Marek', mode: 'direct' },
    ]);
  });

  it('gives a quotation of the day to its signer, not to the label', () => {
    const text = 'Notes from the harbor\n\nQuote of the day: "We will not close the port." \u2014 Mayor Ana Pike, at a rally on Sunday\n\nThe mayor spoke for an hour.';
    expect(resolvedQuotes(text)).toEqual([
      { content: '"We will not close the port."', cue: '\u2014', speaker: 'Mayor Ana Pike', entity: 'Ana Pike', mode: 'direct' },
    ]);
  });
});
