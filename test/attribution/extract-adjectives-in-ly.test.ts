/**
 * "Her likely challenger, ..., saying that ...", "An elderly farmer said": an adjective in "-ly"
 * before a noun is a word of the phrase, not an adverb that ends it; the speaker is the whole
 * phrase, not the possessive or the article before the adjective.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('adjectives in "-ly" inside a speaker phrase', () => {
  it('keeps "likely" in the phrase', () => {
    expect(spokenQuotes('Her likely rival seized on the audit, saying that the mayor had lost control.')).toEqual([
      { content: 'the mayor had lost control', cue: 'saying', speaker: 'Her likely rival' },
    ]);
  });

  it('keeps "elderly" and "costly" in the phrase', () => {
    expect(spokenQuotes('An elderly ferryman said the costly repairs had failed.').map((q) => q.speaker)).toEqual(['An elderly ferryman']);
  });
});
