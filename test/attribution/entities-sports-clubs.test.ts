/**
 * A sports club's name ends in a word clubs are named by ("Halden United", "Marlow Athletic",
 * "Skerry Rovers", "Kelton FC"): it names an organization, not a person, and "the club" after it
 * takes it up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('sports clubs', () => {
  it('makes organizations of club names', () => {
    const { entities } = analyze({ text: 'Marlow Athletic said the striker had signed. Skerry Rovers said they would appeal. Kelton FC declined to comment.' });
    expect(entities.filter((entity) => entity.kind !== 'outlet').map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Marlow Athletic', kind: 'organization' },
      { name: 'Skerry Rovers', kind: 'organization' },
      { name: 'Kelton FC', kind: 'organization' },
    ]);
  });

  it('resolves "the club" to the club named before', () => {
    const found = resolvedQuotes('Halden United said the coach had left by mutual consent. The club thanked him for six good seasons.');
    expect(found.map(({ speaker, entity }) => ({ speaker, entity }))).toEqual([
      { speaker: 'Halden United', entity: 'Halden United' },
      { speaker: 'The club', entity: 'Halden United' },
    ]);
  });
});
