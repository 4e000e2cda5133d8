/**
 * "Farmers along the river say ...", "Shopkeepers across the city said ...": a preposition of place
 * after a description's head ends the head, as "of" and "in" do, so the plural before it makes a
 * group; the place after it ("the river", "the city") gives the speaker no kind of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kindOf = (text: string, name: string) => analyze({ text }).entities.find((entity) => entity.name === name)?.kind;

describe('a preposition of place after a description head', () => {
  it('leaves the plural head a group', () => {
    expect(kindOf('Farmers along the canal say the water came too late.', 'Farmers along the canal')).toBe('group');
    expect(kindOf('Shopkeepers across the city said sales had fallen.', 'Shopkeepers across the city')).toBe('group');
    expect(kindOf('Families near the dam said they had not been warned.', 'Families near the dam')).toBe('group');
  });

  it('leaves a singular head a person', () => {
    expect(kindOf('A baker near the station said sales had fallen.', 'A baker near the station')).toBe('person');
  });
});
