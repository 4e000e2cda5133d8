/**
 * "Orlin Freight said ... A group of drivers has printed leaflets. The group says ...": "the
 * group" takes up the group just introduced with "a", not the organization named before it.
 * A phrase with "a" after "is" or a comma says what the named body is, and "the group" still
 * takes the body up ("Harbor Watch is an advocacy group ... The group said").
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('"the group" after a group introduced with "a"', () => {
  it('is not the organization named before', () => {
    const text = 'Orlin Freight said the new rota was fair. A group of drivers has printed leaflets against it. The group says the rota is unsafe.';
    expect(entityOf(text, 'The group')).toBe('The group');
  });

  it('is still the organization when the phrase says what it is', () => {
    const text = 'Tide Watch said the new rota was fair. Tide Watch is an advocacy group for drivers. The group says the rota is safe.';
    expect(entityOf(text, 'The group')).toBe('Tide Watch');
  });

  it('is still the organization with no group in between', () => {
    const text = 'Tide Watch said the new rota was fair. Drivers printed leaflets against it. The group says the rota is safe.';
    expect(entityOf(text, 'The group')).toBe('Tide Watch');
  });
});
