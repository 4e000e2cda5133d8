/**
 * A relative clause set off by commas that says how a source may be named ends in the name it
 * gives ("Another mother, who asked to be identified only by her first name, Priya, said"): the
 * name is the speaker's entity and the description its role.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a name given at the end of a naming clause', () => {
  const text = 'One fisherman, who asked to be identified only by his first name, Tomas, said the nets came up empty. He has fished the bay for thirty years.';

  it('names the speaker', () => {
    expect(resolvedQuotes(text)[1]?.entity).toBe('Tomas');
  });

  it('makes the description a role of the name', () => {
    const tomas = analyze({ text }).entities.find((entity) => entity.name === 'Tomas');
    expect(tomas?.kind).toBe('person');
    expect(tomas?.roles.map((role) => role.title)).toEqual(['fisherman']);
  });
});
