/**
 * "The Harbour Relief Fund said ...", "the Green Anchor Trust": a capitalised name of several
 * words after "the", with no honorific, title or given name, is a body's, not a person's, even
 * when its last word is no body's head; a person's name takes no article. "the Ohio Democrat",
 * a description ending in a word for a person, stays a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('a name of several words after "the"', () => {
  it('is an organization', () => {
    expect(kindOf('The Harbour Relief Fund said 900 families had asked for help.', 'Harbour Relief Fund')).toBe('organization');
    expect(kindOf('The Blue Heron Crossing said its volunteers were exhausted.', 'Blue Heron Crossing')).toBe('organization');
  });

  it('stays a person with a title or a given name', () => {
    expect(kindOf('The Rev. Amos Tull said the shelter was full.', 'Amos Tull')).toBe('person');
  });

  it('stays a person when it ends in a word for one', () => {
    expect(kindOf('Senator Ruth Okonjo spoke first. The Ohio Democrat said the bill was dead.', 'Ruth Okonjo')).toBe('person');
  });
});
