/**
 * "Astronomers using the new space telescope said ...": "using" after a description's head ends
 * the head as "working" or "living" does, so a plural head before it makes the speaker a group;
 * before, the last noun of what is used ("telescope") was read as the head and the speaker was
 * one person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('"using" after a description\'s head', () => {
  it('reads the plural head before it as a group', () => {
    expect(kindOf('Astronomers using the new space telescope said the comet had split.', 'Astronomers using the new space telescope')).toBe('group');
  });

  it('keeps a singular head a person', () => {
    expect(kindOf('A diver using a small camera said she had found the wreck.', 'A diver using a small camera')).toBe('person');
  });
});
