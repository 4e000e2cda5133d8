/**
 * "Hospital staff said ...", "The crew said ...": a collective noun for the people of a place or
 * a body, singular in form, is a group; "the chief of staff" and "a staff member" stay persons.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kinds(text: string): [string, string][] {
  return analyze({ text }).entities.map((entity) => [entity.name, entity.kind]);
}

describe('staff and crews as speakers', () => {
  it('makes them groups', () => {
    expect(kinds('Clinic staff said the waiting room was full by noon.')).toEqual([['Clinic staff', 'group']]);
    expect(kinds('The crew said the winch had jammed.')).toEqual([['The crew', 'group']]);
  });

  it('leaves one of them a person', () => {
    expect(kinds('The chief of staff said the budget was late.')).toEqual([['The chief of staff', 'person']]);
    expect(kinds('A staff member said the doors were locked.')).toEqual([['A staff member', 'person']]);
  });
});
