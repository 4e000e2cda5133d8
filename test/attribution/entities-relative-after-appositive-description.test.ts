/**
 * "Mira Solberg, a glassblower who said she had worked nights for a decade, ...": a relative pronoun
 * after a description that stands in apposition to a name resolves to the one named, not to a
 * new entity for the description.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes } from './found-quotes.js';

describe('a relative pronoun after a description in apposition to a name', () => {
  const text = 'Mira Solberg, a glassblower who said she had worked nights for a decade, wrote that the ward was short of staff.';

  it('resolves to the one named', () => {
    expect(attributedQuotes(text)[0]).toEqual({ content: 'she had worked nights for a decade', cue: 'said', speaker: 'who', entity: 'Mira Solberg' });
  });

  it('makes no entity of the description', () => {
    expect(analyze({ text }).entities.map((entity) => entity.name)).toEqual(['Mira Solberg']);
  });
});
