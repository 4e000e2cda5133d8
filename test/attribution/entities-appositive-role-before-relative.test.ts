/**
 * "A nurse from Tarvo who asked to be named only by her first name, Mira, said ...": the role a
 * description in apposition gives the name is the description without its relative clause, "nurse
 * from Tarvo", not the clause's words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a relative clause on a description before a name in apposition', () => {
  it('is left out of the role', () => {
    const { entities } = analyze({ text: 'A nurse from Tarvo who asked to be named only by her first name, Mira, said the ward was full.' });
    expect(entities.find((entity) => entity.name === 'Mira')?.roles.map((role) => role.title)).toEqual(['nurse from Tarvo']);
  });
});
