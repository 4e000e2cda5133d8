/**
 * A company named once with its legal form ("Tamsin Foods Corp", "Korvel Inc") is named without
 * it elsewhere: in full but bare ("Tamsin Foods", often in the headline), or by its first word
 * ("Tamsin", "Korvel").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a company named with and without its legal form', () => {
  it('reads "Tamsin" after "Tamsin Foods Corp" as the company', () => {
    const text = 'Tamsin Foods Corp said on Monday it would shut a bakery.\n\nTamsin said it would keep its other sites open.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'it would shut a bakery', cue: 'said', speaker: 'Tamsin Foods Corp', entity: 'Tamsin Foods Corp', mode: 'indirect' },
      { content: 'it would keep its other sites open', cue: 'said', speaker: 'Tamsin', entity: 'Tamsin Foods Corp', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.filter((entity) => entity.kind === 'person')).toEqual([]);
  });

  it('joins a headline\'s "Tamsin Foods" to the "Tamsin Foods Corp" of the story', () => {
    const text = 'Tamsin Foods shuts bakery\n\nTamsin Foods Corp said on Monday it would shut a bakery.\n\nTamsin said it would keep its other sites open.';
    const names = analyze({ text }).entities.filter((entity) => entity.kind === 'organization').map((entity) => entity.name);
    expect(names).toEqual(['Tamsin Foods Corp']);
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Tamsin Foods Corp', 'Tamsin Foods Corp']);
  });

  it('reads "Korvel" after "Korvel Inc" as the company', () => {
    const text = 'Korvel Inc said sales rose.\n\nKorvel said it would hire more staff.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Korvel Inc', 'Korvel Inc']);
  });

  it('keeps a person apart from a company of that surname', () => {
    const text = 'Korvel Inc said sales rose.\n\nNadia Korvel said she would sell her shares.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Korvel Inc', 'Nadia Korvel']);
  });
});
