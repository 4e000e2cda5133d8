/**
 * A role may name whom the office serves with "for" or "to" as with "of": "the United Nations
 * envoy for Marovia" is an envoy, so a headline's "Envoy says" and a later "the envoy" are she; a
 * phrase that merely ends in a title after "for" ("candidates for president") holds no one's role.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a role with "for" or "to" after its head', () => {
  it('finds the holder of "envoy for Marovia" by "the envoy" and by a headline\'s "Envoy"', () => {
    const text =
      'Envoy says peace plan near\n\nGENEVA (Wire) — The United Nations envoy for Marovia, Hanne Solberg, said on Thursday that a plan was near.\n\n"We are close," the envoy said.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Hanne Solberg', 'Hanne Solberg', 'Hanne Solberg']);
  });

  it('finds the holder of "ambassador to the United Nations" by "the ambassador"', () => {
    const text = 'Tolsk\'s ambassador to the United Nations, Rashid Bekov, said the talks had failed. The ambassador said his country would not return.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Rashid Bekov', 'Rashid Bekov']);
  });

  it('does not give a president\'s role to "candidates for president"', () => {
    const text = 'President Ana Pike said the budget was fair. The leading candidates for president said it was not.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ entity: 'The leading candidates for president' });
  });
});
