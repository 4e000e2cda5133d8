/**
 * A sentence's capitalised "The" or "A" is an article, not a bare name: a word in -ed right
 * after it ("The retired banker") is an adjective in the subject, which a later participle
 * takes whole as its speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an adjective in -ed after a sentence-initial article', () => {
  it('keeps the whole subject as the speaker of a participle', () => {
    const found = quotesIn('The retired banker has given no word on how he planned to fund the park, saying only that it would open soon.');
    expect(found).toContainEqual({ content: 'it would open soon', cue: 'saying', speaker: 'The retired banker' });
  });

  it('still reads a past form after a demonstrative as its verb', () => {
    const found = quotesIn('This prompted the weekly to run a cover saying the port was doomed.');
    expect(found.some((q) => q.speaker === 'This prompted')).toBe(false);
  });
});
