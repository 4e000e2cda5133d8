/**
 * What a free relative with "called" names ends at its first comma ("what she called a farce, and
 * ..."), but not at a comma between two adjectives before their noun, right after a determiner:
 * "the angry, bitter tone" is one noun phrase.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"what she called" before two adjectives split by a comma', () => {
  it('keeps the noun phrase whole', () => {
    expect(quotesIn('Mayor Tova Kell denounced what she called the angry, bitter tone of the ferry race.')).toEqual([
      { content: 'what she called the angry, bitter tone of the ferry race', cue: 'called', speaker: 'Mayor Tova Kell' },
    ]);
  });

  it('still ends at a comma that closes the phrase', () => {
    expect(quotesIn('Mayor Tova Kell denounced what she called a costly farce, and the growers cheered.')).toEqual([
      { content: 'what she called a costly farce', cue: 'called', speaker: 'Mayor Tova Kell' },
    ]);
  });
});
