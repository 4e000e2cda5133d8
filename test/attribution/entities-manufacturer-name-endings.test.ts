/**
 * A maker's name that ends in what it makes or where ("Orland Engines", "Kesby Shipyards") names
 * an organization: its first word alone and "the engine maker" take it up.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('names of makers', () => {
  it('resolves the short name and the description to the company', () => {
    const found = resolvedQuotes('The airline blamed its supplier, Tarrow Engines. Tarrow did not respond to a request for comment. Last month, the engine maker said it was clearing its backlog.');
    expect(found.map(({ speaker, entity }) => ({ speaker, entity }))).toEqual([
      { speaker: 'The airline', entity: 'The airline' },
      { speaker: 'Tarrow', entity: 'Tarrow Engines' },
      { speaker: 'the engine maker', entity: 'Tarrow Engines' },
    ]);
  });
});
