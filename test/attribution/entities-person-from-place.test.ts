/**
 * "A farmer from Lund", "one trader in the port city of Delis": one person told by where they
 * come from or stand. The name after the preposition is a place's, and no person of that name
 * speaks; a later "the farmer" is the same person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a person told by a place', () => {
  it('makes the description the entity, not the place', () => {
    const quotes = resolvedQuotes('A farmer from Lund said prices were too low.\n\nThe farmer added that the mill had closed.');
    expect(quotes[0]).toMatchObject({ content: 'prices were too low', cue: 'said', speaker: 'A farmer from Lund', entity: 'A farmer from Lund' });
    expect(quotes[1]).toMatchObject({ content: 'the mill had closed', speaker: 'The farmer', entity: 'A farmer from Lund' });
  });

  it('reads "in" and a place with its region the same way', () => {
    const analysis = analyze({ text: '"It is a panic move," said one trader in the port city of Delis.\n\nA woman in Lund, Vastria, said the ferry was late.' });
    expect(analysis.entities.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'one trader in the port city of Delis', kind: 'person' },
      { name: 'A woman in Lund', kind: 'person' },
    ]);
  });

  it('leaves papers from a body and titled names to their own rules', () => {
    const analysis = analyze({ text: 'A report from Harbor Watch said the pier was unsafe. Sen. Ana Pike of Kestrel said the pier would be fixed.' });
    expect(analysis.entities.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Harbor Watch', kind: 'organization' },
      { name: 'Ana Pike', kind: 'person' },
    ]);
  });
});
