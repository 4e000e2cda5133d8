/**
 * An appositive role after a name may end in a relative clause on it: "Ana Pike, an epidemiologist
 * at Tarsk University who studies measles," is an epidemiologist at Tarsk University. The role
 * runs to "who"; a clause after the comma that is no noun phrase ("Ana Pike, who heads the
 * society,") gives none.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Role } from '../../src/index.js';

function rolesOf(text: string, name: string): Role[] {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.roles ?? [];
}

describe('an appositive role before a relative clause', () => {
  it('reads the role and its body before "who"', () => {
    const text = '“Parents are tired,” said Pieter Jansen, an epidemiologist at Tarsk University who studies measles.';
    expect(rolesOf(text, 'Pieter Jansen')).toEqual([{ title: 'epidemiologist', affiliation: 'Tarsk University' }]);
  });

  it('reads a role with no body before "who", ahead of the verb', () => {
    const text = 'Pieter Jansen, a researcher who runs the clinic, said parents were tired.';
    expect(rolesOf(text, 'Pieter Jansen')).toEqual([{ title: 'researcher' }]);
  });

  it('gives no role for a relative clause alone', () => {
    const text = '“No one listened,” said Elena Moss, who heads the pediatric society.';
    expect(rolesOf(text, 'Elena Moss')).toEqual([]);
  });
});
