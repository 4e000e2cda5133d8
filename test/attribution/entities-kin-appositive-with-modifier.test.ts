/**
 * "Her 15-year-old son, Pablo, was upset. “...,” he said.": a lone name set off by commas after
 * someone's relative names that relative, with modifiers (an age, an adjective) between the
 * possessive and the kin noun as well as without; a pronoun after it resolves to that name, not
 * to the last person quoted before.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a lone name after a modified kin noun', () => {
  it('names the relative whatever modifiers stand before the noun', () => {
    const text = 'Ivo Brand said the fare rise was fair. His 12-year-old daughter, Mila, was not convinced. "The bus is already too dear," she said.';
    const quotes = resolvedQuotes(text).filter((q) => q.cue === 'said' && q.speaker === 'she');
    expect(quotes.map((q) => q.entity)).toEqual(['Mila']);
  });

  it('names the relative after an adjective too', () => {
    const text = 'Ivo Brand said the fare rise was fair. His younger brother, Teo, disagreed. "Nobody asked us," he said.';
    const quotes = resolvedQuotes(text).filter((q) => q.speaker === 'he');
    expect(quotes.map((q) => q.entity)).toEqual(['Teo']);
  });
});
