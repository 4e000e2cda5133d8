/**
 * A concession that opens a sentence whose cue follows the statement ("Despite the storm, the pier
 * held, Kell said") is the writer's framing: the statement starts after its comma.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a fronted concession before a statement whose cue follows', () => {
  it('leaves "Despite ..." out of what was said', () => {
    expect(quotesIn('Despite the storm on Monday, the pier held firm, Kell said.')).toEqual([
      { content: 'the pier held firm', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('leaves "Even though ..." out before "told"', () => {
    expect(quotesIn('Even though the levy failed, the mayor will try again, Ana Pike told reporters.')).toEqual([
      { content: 'the mayor will try again', cue: 'told', speaker: 'Ana Pike' },
    ]);
  });

  it('leaves "Though ..." out before "according to"', () => {
    expect(quotesIn('Though the ferry is late again, the growers will wait for it, according to the port log.')).toEqual([
      { content: 'the growers will wait for it', cue: 'according to', speaker: 'the port log' },
    ]);
  });

  it('keeps a fronted "while" clause in the statement', () => {
    expect(quotesIn('While the ferry is late again, the growers will wait for it, Kell said.')).toEqual([
      { content: 'While the ferry is late again, the growers will wait for it', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
