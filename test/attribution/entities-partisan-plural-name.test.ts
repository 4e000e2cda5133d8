/**
 * "the best nominee Tarrow Democrats have chosen": a capitalised name of more than one word that
 * ends in the plural of a partisan noun (Democrats, Republicans, Conservatives) names the party's
 * members, a group, even where a title word before it would make a person of it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map(({ name, kind }) => ({ name, kind }));

describe('a name ending in a plural partisan noun', () => {
  it('is a group after a title word', () => {
    expect(kinds('Vance said she was the strongest candidate Tarrow Democrats had ever chosen.')).toEqual([
      { name: 'Vance', kind: 'person' },
      { name: 'Tarrow Democrats', kind: 'group' },
    ]);
  });
});
