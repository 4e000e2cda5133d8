/**
 * Jobs that news text gives after a name, in an appositive, become the entity's role with the
 * body after "at" or "of" as its affiliation.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Role } from '../../src/index.js';

function rolesOf(text: string, name: string): Role[] | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.roles;
}

describe('roles from appositives', () => {
  it('reads a fellow, a partner, a lecturer and a consultant with their bodies', () => {
    expect(rolesOf('“The war will go on,” said Tatiana Orlova, a senior fellow at the Lindgren Institute.', 'Tatiana Orlova')).toEqual([
      { title: 'senior fellow', affiliation: 'Lindgren Institute' },
    ]);
    expect(rolesOf('Jon Feld, a partner at Roux Partners, said the merger was dead.', 'Jon Feld')).toEqual([{ title: 'partner', affiliation: 'Roux Partners' }]);
    expect(rolesOf('“Prices will fall,” said Ines Kolar, a lecturer at Tallin University.', 'Ines Kolar')).toEqual([{ title: 'lecturer', affiliation: 'Tallin University' }]);
    expect(rolesOf('Brad Kemp, a Democratic consultant, said the race was close.', 'Brad Kemp')).toEqual([{ title: 'Democratic consultant' }]);
  });

  it('reads a longer appositive when the rest names the body, never a clause', () => {
    expect(rolesOf('Paul Ross, director of the Institute for Coastal Housing Studies, said rents would rise.', 'Paul Ross')).toEqual([
      { title: 'director', affiliation: 'Institute for Coastal Housing Studies' },
    ]);
    expect(rolesOf('Ana Pike, who was an aide to Governor Tom Lind for years, said rents would rise.', 'Ana Pike')).toEqual([]);
    expect(rolesOf('Ana Pike, a former aide who worked on the housing bill for years, said rents would rise.', 'Ana Pike')).toEqual([]);
  });

  it('reads the job after "another" as after "a"', () => {
    expect(rolesOf('“We agree,” said Alan Moss, another partner at Roux Partners.', 'Alan Moss')).toEqual([{ title: 'partner', affiliation: 'Roux Partners' }]);
  });
});
