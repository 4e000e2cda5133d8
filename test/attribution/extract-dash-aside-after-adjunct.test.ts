/**
 * An aside between dashes may stand after the time or place adjunct of a cue, before "that"
 * ("proclaimed in July — falsely — that ..."): the that-clause after the closing dash is what was
 * said. A dash typed as two hyphens counts as one dash.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an aside between dashes after the adjunct of a cue', () => {
  it('reads past an aside after a prepositional adjunct', () => {
    expect(quotesIn('Ken Varga proclaimed in July - falsely - that farmers could not sell their grain abroad.')).toEqual([
      { content: 'farmers could not sell their grain abroad', cue: 'proclaimed', speaker: 'Ken Varga' },
    ]);
  });

  it('reads past an aside in double hyphens after a weekday', () => {
    expect(quotesIn('Ken Varga said on Monday -- without evidence -- that the count had been rigged.')).toEqual([
      { content: 'the count had been rigged', cue: 'said', speaker: 'Ken Varga' },
    ]);
  });

  it('reads past an aside in double hyphens right after the cue', () => {
    expect(quotesIn('Ken Varga said -- on the radio, as it happens -- that the count had been rigged.')).toEqual([
      { content: 'the count had been rigged', cue: 'said', speaker: 'Ken Varga' },
    ]);
  });
});
