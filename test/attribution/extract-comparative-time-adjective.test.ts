/**
 * "earlier" and "later" between an article and a noun ("an earlier version", "a later notice")
 * modify the noun; the speaker's phrase opens at the article. Before a subject with no article
 * ("Earlier the mayor said") they are still adjuncts of time.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"earlier" or "later" after an article', () => {
  it('keeps the article and the comparative in the speaker', () => {
    expect(quotesIn('An earlier version of this item said nine boats had sunk.')).toEqual([
      { content: 'nine boats had sunk', cue: 'said', speaker: 'An earlier version of this item' },
    ]);
    expect(quotesIn('A later notice from the harbor office said the channel was clear.')).toEqual([
      { content: 'the channel was clear', cue: 'said', speaker: 'A later notice from the harbor office' },
    ]);
  });

  it('leaves an adjunct of time out of the speaker', () => {
    expect(quotesIn('Earlier the harbor master said the channel was clear.')).toEqual([
      { content: 'the channel was clear', cue: 'said', speaker: 'the harbor master' },
    ]);
  });
});
