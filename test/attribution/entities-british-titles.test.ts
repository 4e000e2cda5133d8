/**
 * British style writes the titles "Dr" and "Prof" without a period ("Dr Miriam Okafor"): they are
 * titles before the name, as "Dr." and "Prof." are, not part of it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const people = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind === 'person').map(({ name, roles }) => ({ name, roles: roles.map((role) => role.title) }));

describe('titles written without a period', () => {
  it('reads "Dr" and "Prof" as titles', () => {
    expect(people('Dr Miriam Okafor said the bank had failed. Prof Tam Hollis said depositors would be paid.')).toEqual([
      { name: 'Miriam Okafor', roles: ['Dr'] },
      { name: 'Tam Hollis', roles: ['Prof'] },
    ]);
  });
});
