/**
 * Media named by their medium alone ("state television", "local radio", "state media") speak as an
 * outlet does: they are outlets, not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (text: string): string[] =>
  analyze({ text }).entities.filter((entity) => entity.name !== 'unnamed outlet').map((entity) => `${entity.name}: ${entity.kind}`);

describe('a broadcaster named by its medium', () => {
  it('is an outlet', () => {
    expect(kinds('State television reported that nine guards had deserted.')).toEqual(['State television: outlet']);
    expect(kinds('Local radio said the bridge at Harnow was shut.')).toEqual(['Local radio: outlet']);
    expect(kinds('State media said the envoy had landed safely.')).toEqual(['State media: outlet']);
  });

  it('leaves a person named with a radio show a person', () => {
    expect(kinds('Radio host Mira Lenk said the mayor had lied.')).toEqual(['Mira Lenk: person']);
  });
});
