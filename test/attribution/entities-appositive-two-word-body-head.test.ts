/**
 * "Orsolo, a think tank in Tarvo, said ...", "Pell Ridge, a task force of the county, said ...":
 * an appositive whose head is a body's kind of two words says the name is an organization, as a
 * one-word head ("a charity in Tarvo") does.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('an appositive headed by a two-word kind of body', () => {
  it('makes the name an organization', () => {
    expect(kindOf('Orsolo, a think tank in Tarvo, said the bridge was overpriced.', 'Orsolo')).toBe('organization');
    expect(kindOf('Orsolo, a think tank, said the bridge was overpriced.', 'Orsolo')).toBe('organization');
    expect(kindOf('Pell Ridge, a task force of the county, said the bridge was overpriced.', 'Pell Ridge')).toBe('organization');
  });

  it('leaves a person with a one-word role a person', () => {
    expect(kindOf('Ana Pell, a lawyer in Tarvo, said the bridge was overpriced.', 'Ana Pell')).toBe('person');
  });
});
