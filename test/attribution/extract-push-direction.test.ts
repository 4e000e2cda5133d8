/**
 * "push", "press" and "direct" urge someone to do something only before an infinitive; before
 * "to" and a phrase ("to the left", "to second place", "to nearly $2 billion") they move
 * something somewhere, and no one is urged.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a verb of urging before "to" and a phrase', () => {
  it('reads no statement', () => {
    expect(quotesIn('The rally pushed Lind to the left on the harbor levy.')).toEqual([]);
    expect(quotesIn('Harbor shares rose, pushing the port authority to nearly $2 billion in value.')).toEqual([]);
    expect(quotesIn('The ferry firm climbed to second place, pushing Kell to third place.')).toEqual([]);
    expect(quotesIn('Tom Reed, who was press secretary to Mayor Ana Lind, left in May.')).toEqual([]);
  });

  it('still reads an urging before an infinitive', () => {
    expect(quotesIn('The mayor pushed the board to approve the levy.')).toEqual([
      { content: 'the board to approve the levy', cue: 'pushed', speaker: 'The mayor' },
    ]);
    expect(quotesIn('Lind pressed Kell to drop the harbor levy.')).toEqual([
      { content: 'Kell to drop the harbor levy', cue: 'pressed', speaker: 'Lind' },
    ]);
  });
});
