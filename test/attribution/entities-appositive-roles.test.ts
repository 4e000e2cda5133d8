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
    // (A relative clause on the appositive's noun phrase is no part of the role, which ends before "who".)
    expect(rolesOf('Ana Pike, a former aide who worked on the housing bill for years, said rents would rise.', 'Ana Pike')).toEqual([{ title: 'former aide' }]);
  });

  it('reads the job after "another" as after "a"', () => {
    expect(rolesOf('“We agree,” said Alan Moss, another partner at Roux Partners.', 'Alan Moss')).toEqual([{ title: 'partner', affiliation: 'Roux Partners' }]);
  });
});

describe('roles from a description before a name that does not speak', () => {
  const text = 'Vardan’s prime minister, Oskar Tell, flew home on Friday. The prime minister said the border would stay open.';

  it('gives the name the description as its role', () => {
    expect(rolesOf(text, 'Oskar Tell')).toEqual([{ title: 'Vardan’s prime minister' }]);
  });

  it('lets the description name him later', () => {
    const analysis = analyze({ text });
    const tell = analysis.entities.find((entity) => entity.name === 'Oskar Tell');
    expect(analysis.quotes.map((quote) => [quote.content.exact, quote.speaker?.entityId])).toEqual([['the border would stay open', tell?.id]]);
  });

  it('reads a description in object position too', () => {
    expect(rolesOf('Protesters met the port’s chief engineer, Ines Vold, at the gate.', 'Ines Vold')).toEqual([{ title: 'port’s chief engineer' }]);
  });

  it('reads it after a fronted adjunct closed by its comma', () => {
    expect(rolesOf('After the talks, the envoy, Maria Tell, flew home.', 'Maria Tell')).toEqual([{ title: 'envoy' }]);
  });

  it('gives no role from a phrase that is more than a description, or that ends a fronted adjunct', () => {
    // (A common given name makes the name an entity of its own, with or without a role.)
    expect(rolesOf('Years after the death of her father, Maria Tell, 40, sold the farm.', 'Maria Tell')).toEqual([]);
    expect(rolesOf('Weeks after meeting the governor, Maria Tell, 40, sold the farm.', 'Maria Tell')).toEqual([]);
    expect(rolesOf('Meeting the governor, Maria Tell, 40, kept calm.', 'Maria Tell')).toEqual([]);
  });
});
