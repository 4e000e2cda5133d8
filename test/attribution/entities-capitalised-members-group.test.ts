/**
 * A capitalised plural after a lower-case word heads a group of people, a party's or a nation's
 * members ("Several senior Democrats with ties to Ana Pike"), as a lower-case plural does: the
 * group speaks, not the name after the preposition, and "they" takes it up.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a capitalised plural heading a group', () => {
  it('makes the group the speaker, not the name it has ties to', () => {
    const found = resolvedQuotes('Several veteran Liberals with close ties to Ana Pike said the budget was doomed. They urged her to withdraw it.');
    expect(found.map(({ speaker, entity }) => ({ speaker, entity }))).toEqual([
      { speaker: 'Several veteran Liberals with close ties to Ana Pike', entity: 'Several veteran Liberals with close ties to Ana Pike' },
      { speaker: 'They', entity: 'Several veteran Liberals with close ties to Ana Pike' },
    ]);
  });
});
