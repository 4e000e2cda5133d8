/**
 * "Ana Ruiz, president of Teamsters Local 414, said ...", "Tom Reed, a strategist for Lind's 2020
 * campaign, said ...": a number after a capitalised word belongs to the body named in the
 * appositive, so the appositive still gives the person a role; before, the number ended the
 * appositive's words and no role was read.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const roles = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind === 'person').map(({ name, roles }) => ({ name, roles: roles.map((role) => role.title) }));

describe('a number in the body an appositive names', () => {
  it('keeps the appositive a role after a body numbered by its name', () => {
    expect(roles('"We will vote it down," said Ana Ruiz, president of Harbor Dockers Local 414.')).toEqual([{ name: 'Ana Ruiz', roles: ['president'] }]);
  });

  it('keeps the appositive a role after a year in a possessive phrase', () => {
    expect(roles('Tom Reed, a strategist for Lind\'s 2020 campaign, said the race was close.')).toEqual([{ name: 'Tom Reed', roles: ['strategist'] }]);
  });
});
