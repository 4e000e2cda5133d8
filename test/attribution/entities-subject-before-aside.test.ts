/**
 * A sentence's unnamed subject may stand before an aside between commas that a participle or
 * "who" opens ("The researchers, led by Ana Moss, surveyed ..."): "they" in the next sentence
 * takes it up. An attribution set between commas ("The nominee, he said, ...") is no such aside.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOfThey = (text: string) => resolvedQuotes(text).find((quote) => quote.speaker === 'They')?.entity;

describe('an unnamed subject before an aside', () => {
  it('is the antecedent after a participle aside', () => {
    expect(entityOfThey('The researchers, led by a team from the coastal institute, counted the nests. They said the colony had doubled.')).toBe('The researchers');
  });

  it('is the antecedent after a relative clause', () => {
    expect(entityOfThey('The researchers, who arrived in March, counted the nests. They said the colony had doubled.')).toBe('The researchers');
  });

  it('is not made of an attribution set between commas', () => {
    const found = resolvedQuotes('Ana Moss spoke at the dock. The new director, she said, wanted the nests counted again. She added that the count would take a week.');
    expect(found.find((quote) => quote.speaker === 'She')?.entity).toBe('Ana Moss');
  });
});
