/**
 * "The actor Delia Crane said ...": "actor" is written of women as well as men, so it tells
 * nothing of the holder's gender; a later "she" finds a woman given the title ("actress" still
 * tells a woman).
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('the title "actor"', () => {
  it('lets "she" stand for a woman who holds it', () => {
    expect(entityOf('The actor Greta Vollan said the series had ended badly. She said she had learned of it from the script.', 'She')).toBe('Greta Vollan');
  });

  it('lets "he" stand for a man who holds it', () => {
    expect(entityOf('The actor Piet Osman said the series had ended badly. He said he had learned of it from the script.', 'He')).toBe('Piet Osman');
  });
});
