/**
 * A name right after a noun for a craft ("the ferry Aegir Star", "the tanker Nordic Times") is a
 * vessel's: its entity is of no speaking kind, not an outlet though its last word ends the names
 * of newspapers, and the speaker of the sentence is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

const kindOf = (text: string, name: string) => analyze({ text }).entities.find((entity) => entity.name === name)?.kind;

describe('a name after a noun for a craft', () => {
  it('is no outlet', () => {
    const text = 'The ferry Morvik Star listed and sank within an hour, the harbour master said.';
    expect(kindOf(text, 'Morvik Star')).toBe('unknown');
    expect(resolvedQuotes(text)).toEqual([
      { content: 'The ferry Morvik Star listed and sank within an hour', cue: 'said', speaker: 'the harbour master', entity: 'the harbour master', mode: 'indirect' },
    ]);
  });

  it('is no outlet after "tanker" either', () => {
    expect(kindOf('Officials said the tanker Brisa Times had lost power off the cape.', 'Brisa Times')).toBe('unknown');
  });
});
