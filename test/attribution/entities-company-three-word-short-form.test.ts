/**
 * "Castellan Freight Lines said ... Castellan said ...": a company's name of three words whose last
 * word is a company's is shortened to its first word later, as a name of two words is, so the
 * short form is the company and not a person of that name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a three-word company name shortened to its first word', () => {
  it('resolves the first word to the company', () => {
    const text = 'Castellan Freight Lines said the strike had halted deliveries. Castellan said talks would resume on Friday.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Castellan Freight Lines', 'Castellan Freight Lines'],
      ['Castellan', 'Castellan Freight Lines'],
    ]);
    expect(analyze({ text }).entities.map((entity) => [entity.name, entity.kind])).toEqual([['Castellan Freight Lines', 'organization']]);
  });
});
