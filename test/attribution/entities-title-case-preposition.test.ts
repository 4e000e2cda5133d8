/**
 * "The Organizer Behind Velasco's Comeback": in a title-case headline every word is capitalised,
 * so a preposition that no title holds ("Behind", "Inside", "Beyond") neither opens a name nor
 * goes on with one; no entity is made of "Behind Velasco", and the name after it is read alone.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function names(text: string): string[] {
  return analyze({ text }).entities.map((entity) => entity.name).filter((name) => name !== 'unnamed outlet');
}

describe('a capitalised preposition in a title-case headline', () => {
  it('makes no name of the preposition and the name after it', () => {
    const text = "The Organizer Behind Velasco's Comeback\n\nMira Velasco said on Monday that the tour would go on.";
    expect(names(text)).toEqual(['Mira Velasco']);
  });

  it('leaves a name in running text alone', () => {
    expect(names('Beyond Harvest, a food bank, said the shelves were empty.')).toContain('Beyond Harvest');
  });
});
