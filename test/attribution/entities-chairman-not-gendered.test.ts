/**
 * "The board's chairman, Ilse Marten, said ... “...,” she said": "chairman" is written of women as
 * well as men, so it tells nothing of the holder's gender, and a later "she" finds the woman who
 * holds it ("chairwoman" still tells a woman).
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('the title "chairman"', () => {
  it('lets "she" stand for a woman who holds it', () => {
    expect(entityOf('A reporter asked whether the levy would stay. The board\'s chairman, Ilse Varno, said the levy would stay. "We will not back down," she said.', 'she')).toBe('Ilse Varno');
  });

  it('lets "he" stand for a man who holds it', () => {
    expect(entityOf('The board\'s chairman, Piet Osman, said the levy would stay. "We will not back down," he said.', 'he')).toBe('Piet Osman');
  });
});
