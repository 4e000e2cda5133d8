/**
 * "Ana Lind, a neurologist at the Harbor Clinic, said ...", "Cardiologist Tom Reyes said ...":
 * medical specialists and scientists of the earth and climate are roles, after a name in an
 * appositive and before it as a title, as "epidemiologist" and "geologist" are.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const roles = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind === 'person').map(({ name, roles }) => ({ name, roles: roles.map((role) => role.title) }));

describe('medical and climate specialists', () => {
  it('are roles in an appositive', () => {
    expect(roles('Ana Lind, a neurologist at the Harbor Clinic, said the trial was promising.')).toEqual([{ name: 'Ana Lind', roles: ['neurologist'] }]);
    expect(roles('Tom Reyes, a climatologist at the institute, said the winter would be dry.')).toEqual([{ name: 'Tom Reyes', roles: ['climatologist'] }]);
  });

  it('are titles before a name', () => {
    expect(roles('Cardiologist Mira Odun said the trial was promising.')).toEqual([{ name: 'Mira Odun', roles: ['Cardiologist'] }]);
  });
});
