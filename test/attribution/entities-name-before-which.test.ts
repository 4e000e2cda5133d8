/**
 * A name followed by ", which" is no person's ("Red Electrica Sur, which runs the network, said"):
 * "which" takes up a body or a thing, so the name is an organization. A given name and a surname
 * stay a person's whatever follows.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kindOf = (text: string, name: string) => analyze({ text }).entities.find((entity) => entity.name === name)?.kind;

describe('a name before ", which"', () => {
  it('is an organization', () => {
    expect(kindOf('Norvale Grid Sur, which runs the network, said the outage was over.', 'Norvale Grid Sur')).toBe('organization');
  });

  it('leaves a given name and a surname a person', () => {
    expect(kindOf('Ana Lind, which surprised no one, said the outage was over.', 'Ana Lind')).toBe('person');
  });
});
