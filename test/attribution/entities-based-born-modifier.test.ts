/**
 * A place joined to "-based" or "-born" before a name ("the Berlin-based Open Waters", "the
 * Dutch-born Ana Lind") says where the named one is from and is no word of the name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const names = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map(({ name, kind }) => ({ name, kind }));

describe('"-based" and "-born" before a name', () => {
  it('leaves the place out of a body\'s name', () => {
    expect(names('The charity, the Lisbon-based Open Tide, said the boat was full.')).toEqual([{ name: 'Open Tide', kind: 'organization' }]);
  });

  it('leaves the place out of a person\'s name', () => {
    expect(names('The Dutch-born Ana Lind said the boat was full.')).toEqual([{ name: 'Ana Lind', kind: 'person' }]);
  });

  it('reads a charity named by "Ministries" as an organization', () => {
    expect(names('Tarn Valley Ministries said the shelter was full.')).toEqual([{ name: 'Tarn Valley Ministries', kind: 'organization' }]);
  });
});
