/**
 * A participle that names the noun before it ("A porter identified only as Kofi", "a man known as
 * Doc") belongs to the speaker's phrase: the whole phrase speaks, the name is the entity and the
 * noun its role, and the participle reports nothing of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a speaker named by "identified as" or "known as"', () => {
  it('reads the whole phrase as the speaker and the name as its entity', () => {
    expect(resolvedQuotes('A deckhand identified only as Kwame said the hold had flooded.')).toEqual([
      { content: 'the hold had flooded', cue: 'said', speaker: 'A deckhand identified only as Kwame', entity: 'Kwame', mode: 'indirect' },
    ]);
  });

  it('gives the name the noun as its role', () => {
    const { entities } = analyze({ text: 'A ferryman known as Bo says the crossing is unsafe.' });
    expect(entities.filter((entity) => entity.kind === 'person').map(({ name, roles }) => ({ name, roles: roles.map((role) => role.title) }))).toEqual([
      { name: 'Bo', roles: ['ferryman'] },
    ]);
  });

  it('still reads "identified X as Y" with an object as a statement', () => {
    expect(resolvedQuotes('Police identified the driver as Tom Reyes.').map(({ cue, content }) => ({ cue, content }))).toEqual([
      { cue: 'identified', content: 'the driver as Tom Reyes' },
    ]);
  });
});
