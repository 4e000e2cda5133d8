/**
 * "Voters polled said ...", "Some parents interviewed outside a school in the city's old quarter said
 * ...": a participle of being asked ("polled", "surveyed", "interviewed", "questioned",
 * "contacted") after a plural noun ends the description's head, so the speaker is a group, as
 * "people living near the dam" is; before, the participle or a noun after it was read as the
 * head and the speaker was one person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('a participle of being asked after a description\'s head', () => {
  it('reads the plural head before "polled" as a group', () => {
    expect(kindOf('Ferry users polled said the new timetable was worse.', 'Ferry users polled')).toBe('group');
  });

  it('reads the plural head before "interviewed" and a long place as a group', () => {
    expect(kindOf("Some tenants interviewed outside a school in the city's old quarter said they would appeal.", "Some tenants interviewed outside a school in the city's old quarter")).toBe('group');
  });

  it('keeps a singular head a person', () => {
    expect(kindOf('A grower surveyed by the board said he would not plant wheat.', 'A grower')).toBe('person');
  });
});
