/**
 * "A screenshot seen by the paper shows ...", "The clip shows ...", "a photo posted online shows":
 * a picture or a clip that shows something is a thing that carries words, as a video or a post is,
 * so its entity is of no known kind, never a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kindOf = (text: string, name: string) => analyze({ text }).entities.find((entity) => entity.name === name)?.kind;

describe('pictures and clips as sources', () => {
  it('are things, not people', () => {
    expect(kindOf('A screenshot seen by the newspaper shows that the coach had insulted the referee.', 'A screenshot')).toBe('unknown');
    expect(kindOf('The clip shows that the guards had left the gate open.', 'The clip')).toBe('unknown');
    expect(kindOf('A photo shared by the union shows that the ward was flooded.', 'A photo')).toBe('unknown');
  });
});
