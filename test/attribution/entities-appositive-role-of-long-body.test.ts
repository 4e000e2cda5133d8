/**
 * "Tomas Vey, the envoy of the Pacific nation of Vanu,": an appositive too long for a role whose
 * rest names no body in capitals still gives the person a role when, after "a" or "the", a role's
 * head opens it with "of", "for", "at" or "to" after it; the body after the preposition is the
 * affiliation. A longer appositive with no such head gives none.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Role } from '../../src/index.js';

function rolesOf(text: string, name: string): Role[] | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.roles;
}

describe('a role before a long body in an appositive', () => {
  it('is read from the head before the preposition', () => {
    expect(rolesOf('“We are running out of land,” said Tomas Vey, the envoy of the small Pacific nation of Vanu.', 'Tomas Vey')).toEqual([
      { title: 'envoy', affiliation: 'small Pacific nation of Vanu' },
    ]);
    expect(rolesOf('Rita Moss, a professor of coastal engineering at the state university, said the sea wall would fail.', 'Rita Moss')).toEqual([{ title: 'professor', affiliation: 'coastal engineering at the state university' }]);
  });

  it('gives no role when no role head opens the appositive', () => {
    expect(rolesOf('Rita Moss, the woman behind the long campaign for a new sea wall, said it would fail.', 'Rita Moss')).toEqual([]);
  });
});
