/**
 * "all", "both" and "each" may float after a subject as adverbs ("they both said"), but before a
 * plural noun they are determiners: "said all staffers sign forms" reports a short clause whose
 * subject they open, even when its present-tense verb is one the extractor cannot tell from a noun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quantifier opening the subject of a short clause after "said"', () => {
  it('reads "all" before a plural noun as the start of the clause', () => {
    expect(quotesIn('Ona Kade said all staffers sign forms.')).toEqual([
      { content: 'all staffers sign forms', cue: 'said', speaker: 'Ona Kade' },
    ]);
  });

  it('does the same for "both"', () => {
    expect(quotesIn('The mediator said both parties agree.')).toEqual([
      { content: 'both parties agree', cue: 'said', speaker: 'The mediator' },
    ]);
  });

  it('reports nothing for "said it all"', () => {
    expect(quotesIn('The mediator said it all.')).toEqual([]);
  });
});
