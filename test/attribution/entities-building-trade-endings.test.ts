/**
 * "Maple Ridge Contractors", "Harlow Builders", "Dunmore Construction": a name ending in a word of
 * the building trades no person is named by is a company's, so it is an organization and a later
 * "the company" finds it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes } from './found-quotes.js';

describe('company names ending in a word of the building trades', () => {
  it('reads them as organizations', () => {
    for (const name of ['Maple Ridge Contractors', 'Harlow Builders', 'Dunmore Construction']) {
      const analysis = analyze({ text: `${name} said the bridge would reopen in June.` });
      expect(analysis.entities.find((entity) => entity.name === name)?.kind).toBe('organization');
    }
  });

  it('lets "the company" refer back to one', () => {
    const text = 'Harlow Builders said it would repay the city. "We made mistakes," the company said.';
    expect(attributedQuotes(text).map((quote) => quote.entity)).toEqual(['Harlow Builders', 'Harlow Builders']);
  });
});
