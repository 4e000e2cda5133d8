/**
 * "Her rival, state Sen. Ines Varo, said": in an appositive a lower-case word may stand before a
 * capitalised title ("state Sen.", "former Gov."), and the name after it is still the one the
 * description before the comma stands for.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a lower-case word before a title in an appositive', () => {
  it('names the description before the comma', () => {
    const found = resolvedQuotes('His challenger, state Sen. Ines Varo, said the budget was a fraud.');
    expect(found.map((q) => q.entity)).toEqual(['Ines Varo']);
  });

  it('does so with "former"', () => {
    const found = resolvedQuotes('The chair, former Gov. Tomas Brill, said the vote would wait.');
    expect(found.map((q) => q.entity)).toEqual(['Tomas Brill']);
  });
});
