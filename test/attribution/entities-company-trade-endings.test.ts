/**
 * "Skyreach Dynamics", "Orvell Aviation", "Brightmoor Engineering", "Kessling Instruments": a name
 * ending in a word of industry no person is named by is a company's, so it is no person and a
 * later "the company" finds it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes as statementsOf } from './found-quotes.js';

describe('company names ending in a word of industry', () => {
  it('reads "Skyreach Dynamics" as an organization that "the company" refers back to', () => {
    const text = 'Skyreach Dynamics said it would cooperate with investigators. "We take security seriously," the company said.';
    expect(statementsOf(text).map((quote) => quote.entity)).toEqual(['Skyreach Dynamics', 'Skyreach Dynamics']);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Skyreach Dynamics')?.kind).toBe('organization');
  });

  it('reads other endings of industry the same way', () => {
    for (const name of ['Orvell Aviation', 'Brightmoor Engineering', 'Kessling Instruments', 'Tarlow Manufacturing', 'Penfold Devices']) {
      const analysis = analyze({ text: `${name} said the plant would close in June.` });
      expect(analysis.entities.find((entity) => entity.name === name)?.kind).toBe('organization');
    }
  });
});
