/**
 * "A breakaway rebel faction rejected the deal", "the faction said": a faction is a body that acts
 * on its own, an organization like a bloc or a party, not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('a faction named by its kind', () => {
  it('is an organization', () => {
    expect(kindOf('A hardline faction said it would boycott the vote.', 'A hardline faction')).toBe('organization');
    expect(kindOf('The faction warned that its fighters would not disarm.', 'The faction')).toBe('organization');
  });

  it('leaves several factions a group', () => {
    expect(kindOf('Three factions said they would boycott the vote.', 'Three factions')).toBe('group');
  });
});
