/**
 * "Not everyone on the board agreed ...", "Everyone at the hearing said ...": "everyone" and
 * "everybody" are singular in form but name all the people in view, so the entity is a group,
 * which a later "they" takes up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('"everyone" as a group', () => {
  it('makes a group entity that "they" takes up', () => {
    const text = 'Everyone at the hearing said the fee was too high. They asked the board to drop it.';
    expect(analyze({ text }).entities.map((entity) => [entity.name, entity.kind])).toEqual([['Everyone at the hearing', 'group']]);
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Everyone at the hearing', 'Everyone at the hearing'],
      ['They', 'Everyone at the hearing'],
    ]);
  });

  it('is a group when negated', () => {
    const analysis = analyze({ text: 'Not everybody welcomed the ruling.' });
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toEqual([['Not everybody', 'group']]);
  });
});
