/**
 * "No one at the port authority would say why the cranes stopped.": "no one" followed by a
 * preposition and a body says where no one is; like "no one" alone, it names no speaker, so the
 * body after the preposition is not made the speaker of a statement it never made.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"no one at" a body', () => {
  it('makes no statement of the body', () => {
    expect(spokenQuotes('No one at the port authority would say why the cranes stopped.')).toEqual([]);
    expect(spokenQuotes('No one in the cabinet has said when the vote will be held.')).toEqual([]);
  });

  it('leaves "no one at" inside a statement alone', () => {
    expect(spokenQuotes('The port authority said no one at the terminal was hurt.')).toEqual([
      { content: 'no one at the terminal was hurt', cue: 'said', speaker: 'The port authority' },
    ]);
  });
});
