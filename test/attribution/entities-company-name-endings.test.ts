/**
 * A name that ends in a word of trade ("Kestrel Air", "Nordic Rail", "Brandt Steel") is a
 * company's, so a later "the carrier" or "the company" finds it as it finds "Kestrel Airlines".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('company names ending in a word of trade', () => {
  it('reads "Kestrel Air" as an organization that "the carrier" refers back to', () => {
    const text = 'Kestrel Air said fares would rise. The carrier said the strike had cost it money.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'fares would rise', cue: 'said', speaker: 'Kestrel Air', entity: 'Kestrel Air', mode: 'indirect' },
      { content: 'the strike had cost it money', cue: 'said', speaker: 'The carrier', entity: 'Kestrel Air', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Kestrel Air')?.kind).toBe('organization');
  });

  it('lets "the company" find a rail or steel company named before', () => {
    expect(resolvedQuotes('Nordic Rail said fares would rise. The company said the strike had cost it money.').map((quote) => quote.entity)).toEqual([
      'Nordic Rail',
      'Nordic Rail',
    ]);
    expect(resolvedQuotes('Brandt Steel said output would fall. The company said demand was weak.').map((quote) => quote.entity)).toEqual([
      'Brandt Steel',
      'Brandt Steel',
    ]);
  });

  it('reads a pollster or a consultancy as an organization', () => {
    const text = 'A survey by Meridian Research found 48% of voters in favor. Halvorsen Strategies said the race was close.';
    const kinds = analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map((entity) => [entity.name, entity.kind]);
    expect(kinds).toEqual([
      ['Meridian Research', 'organization'],
      ['Halvorsen Strategies', 'organization'],
    ]);
  });
});
