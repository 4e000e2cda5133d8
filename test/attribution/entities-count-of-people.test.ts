/**
 * "Two of the guards said ...", "The two said ...", "Two in three said ...", "One in five said
 * ...": a count above one, or a share of the form "one in five" or "one out of five", names
 * people, a group, not one person. "One of the guards" and a lone "One" stay a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map(({ name, kind }) => ({ name, kind }));

describe('a count as a speaker', () => {
  it('is a group above one', () => {
    expect(kinds('Two of the wardens said the gate had jammed.')).toEqual([{ name: 'Two of the wardens', kind: 'group' }]);
    expect(kinds('The three said the gate had jammed.')).toEqual([{ name: 'The three', kind: 'group' }]);
  });

  it('is a group as a share', () => {
    expect(kinds('Two in three said the rent had doubled.')).toEqual([{ name: 'Two in three', kind: 'group' }]);
    expect(kinds('One in five said the rent had doubled.')).toEqual([{ name: 'One in five', kind: 'group' }]);
  });

  it('is a person as one', () => {
    expect(kinds('One of the wardens said the gate had jammed.')).toEqual([{ name: 'One of the wardens', kind: 'person' }]);
  });
});

describe('a proportion with "out of" as a speaker', () => {
  it('is a group', () => {
    expect(kinds('Three out of four said the rent had doubled.')).toEqual([{ name: 'Three out of four', kind: 'group' }]);
    expect(kinds('One out of five said the rent had doubled.')).toEqual([{ name: 'One out of five', kind: 'group' }]);
  });
});
