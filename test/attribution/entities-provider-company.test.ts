/**
 * "provider" before a name ("cloud provider Quellon", "internet provider Tessix") names a firm by
 * what it supplies, as "drugmaker" or "supplier" does: the name is an organization's, and "the
 * company" or "the provider" takes it up. A given name and a surname after it stay a person's
 * ("Mira Holt, a home care provider").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('"provider" before a name', () => {
  it('reads "cloud provider Quellon" as a company that "the company" takes up', () => {
    const text = 'A fault at cloud provider Quellon stopped ticket sales for three hours, the company said. Quellon said the fault was fixed.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity, quote.cue])).toEqual([
      ['the company', 'Quellon', 'said'],
      ['Quellon', 'Quellon', 'said'],
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Quellon')?.kind).toBe('organization');
  });

  it('takes "The provider" for the company named so before', () => {
    const text = 'Internet provider Tessix said a cable had snapped near the harbor. The provider said repairs would take a day.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ content: 'repairs would take a day', cue: 'said', speaker: 'The provider', entity: 'Tessix' });
  });

  it('keeps a person named with a given name and a surname', () => {
    const text = 'Mira Holt, a home care provider in Elmford, said her visits had been cut.';
    expect(resolvedQuotes(text)).toMatchObject([{ speaker: 'Mira Holt, a home care provider in Elmford', entity: 'Mira Holt' }]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Mira Holt')?.kind).toBe('person');
  });
});
