import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/**
 * After a name set off by commas, a verb in the past with its object ("A nurse, Ana Pike,
 * opened the clinic.") is the sentence's predicate, not an appositive: it gives the name no
 * role. A participle before a role word ("Ana Pike, retired nurse,") still does.
 */
describe('a predicate after a name in commas', () => {
  const roles = (text: string) => analyze({ text }).entities.find((entity) => entity.name === 'Ana Pike')?.roles.map((role) => role.title);

  it('is no role', () => {
    expect(roles('A nurse, Ana Pike, opened the clinic. “We are full,” she said.')).toEqual(['nurse']);
  });

  it('leaves a participle before a role word a role', () => {
    expect(roles('Ana Pike, retired nurse, said the ward was full.')).toEqual(['retired nurse']);
  });
});
