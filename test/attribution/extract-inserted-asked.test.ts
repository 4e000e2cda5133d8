/**
 * A question put to someone, opened by "when asked" after a comma or a sentence-opening
 * conjunction, ends at its comma like a fronted "Asked whether ..., X said".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"when asked" inside a sentence', () => {
  it('ends the question at its comma after a subject', () => {
    expect(quotesIn('Kell, when asked about the ferry fees, said they would rise.')).toEqual([
      { content: 'about the ferry fees', cue: 'asked' },
      { content: 'they would rise', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('ends the question at its comma after "And"', () => {
    expect(quotesIn('And when asked who leads the council, most voters named Ana Lind.')).toEqual([
      { content: 'who leads the council', cue: 'asked' },
      { content: 'Ana Lind', cue: 'named', speaker: 'most voters' },
    ]);
  });
});
