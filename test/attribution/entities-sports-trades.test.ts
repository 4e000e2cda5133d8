/**
 * Sports written before a name ("the sprinter Kay Orr", "Cyclist Ana Lind") are titles as playing
 * positions are: the name after one is a person even when its given name is rare, so a later
 * "she" can take it.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';

describe('sports as titles', () => {
  it('make the name after them a person a pronoun can take', () => {
    const statements = statementsOf(
      'The skier Ilvana Toresk was dropped from the squad on Monday. Her coach, Bram Ostley, said he was stunned. Ilvana Toresk also wrote to the board. “I will be back,” she said.',
    );
    expect(statements).toContainEqual({ content: '“I will be back,”', cue: 'said', speaker: 'she', entity: 'Ilvana Toresk' });
  });

  it('stand before a name as a title', () => {
    const [statement] = statementsOf('Cyclist Odile Presk said the climb was the hardest of her career.');
    expect(statement?.entity).toBe('Odile Presk');
  });
});
