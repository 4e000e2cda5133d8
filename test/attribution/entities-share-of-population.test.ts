/**
 * "41 percent say", "A majority said", "a third of voters believe": a share of a population that
 * speaks is a group, not one person, also after an indefinite article ("a third", "a majority"),
 * which otherwise makes a description one person ("a diplomat said").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('a share of a population as a speaker', () => {
  it('reads a percentage as a group', () => {
    expect(kindOf('Only 38 percent said the ferry should stay public.', '38 percent')).toBe('group');
    expect(kindOf('Sixty percent of renters said the levy was unfair.', 'Sixty percent of renters')).toBe('group');
  });

  it('reads a majority or a fraction after an indefinite article as a group', () => {
    expect(kindOf('A majority said the ferry should stay public.', 'A majority')).toBe('group');
    expect(kindOf('A third of growers said prices had fallen.', 'A third of growers')).toBe('group');
  });

  it('still reads one source after an indefinite article as a person', () => {
    expect(kindOf('A diplomat said the talks had stalled.', 'A diplomat')).toBe('person');
  });
});
