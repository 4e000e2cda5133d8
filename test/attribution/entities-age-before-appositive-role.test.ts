/**
 * "Tom Pike, 54, a retired teacher, said ...": an age set off by commas between a name and its
 * appositive leaves the appositive the person's role; before, the age ended the search and no
 * role was read. A conjunction after the age ("Ana Lind, 25, and her husband") adds a second
 * person, no role.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const roles = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind === 'person').map(({ name, roles }) => ({ name, roles: roles.map((role) => role.title) }));

describe('an age between a name and its appositive', () => {
  it('leaves the appositive a role', () => {
    expect(roles('Tom Pike, 54, a retired teacher, said the ferry was late again.')).toEqual([{ name: 'Tom Pike', roles: ['retired teacher'] }]);
    expect(roles('"It was late again," said Mira Osei, 31, a nurse.')).toEqual([{ name: 'Mira Osei', roles: ['nurse'] }]);
  });

  it('gives no role when a conjunction follows the age', () => {
    expect(roles('Ana Lind, 25, and her husband, Tom Lind, 27, said the ferry was late again.').find((entity) => entity.name === 'Ana Lind')).toEqual({ name: 'Ana Lind', roles: [] });
  });
});
