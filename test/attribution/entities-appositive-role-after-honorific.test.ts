import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/**
 * A name set off after a description of its office takes that office as a role even when the
 * sentence reports no statement ("The port's director, Hana Roos, toured the site."); an
 * honorific before the name ("Sir", "Ms.") does not stop it, while a title of its own ("Sen.") does.
 */
describe('a role in apposition before a name with an honorific', () => {
  const roles = (text: string, name: string) => analyze({ text }).entities.find((entity) => entity.name === name)?.roles.map((role) => role.title);

  it('gives the name behind "Sir" the role', () => {
    expect(roles('Norway’s envoy, Sir Arne Dahl, stayed silent. “We are done,” he said later.', 'Arne Dahl')).toEqual(['Norway’s envoy']);
  });

  it('gives the name behind "Ms." the role', () => {
    expect(roles('The clinic’s director, Ms. Lena Moss, left early. “I am tired,” she said.', 'Lena Moss')).toEqual(['clinic’s director']);
  });

  it('keeps a title of the name’s own as its only role', () => {
    expect(roles('The panel’s chair, Sen. Lena Moss, left early. “I am tired,” she said.', 'Lena Moss')).toEqual(['Sen.']);
  });
});
