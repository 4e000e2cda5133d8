/**
 * "Le Clairon, the regional daily, reported ...": a name whose appositive's head is an outlet's
 * kind ("daily", "newspaper", "weekly", "magazine") is an outlet, not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('an outlet named by its appositive', () => {
  it('is an outlet', () => {
    const cases: [string, string][] = [
      ['Le Clairon, the regional daily, reported that the audit had been ignored.', 'Le Clairon'],
      ['Valdor, the county newspaper, reported that the mill would close.', 'Valdor'],
    ];
    for (const [text, name] of cases) {
      expect(analyze({ text }).entities.find((entity) => entity.name === name)?.kind).toBe('outlet');
    }
  });
});
