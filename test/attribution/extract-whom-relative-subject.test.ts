import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A relative clause opened by "whom" has a subject and a verb of its own ("whom the board
 * hired", "whom police questioned"); on the speaker of a later cue it is part of that speaker's
 * phrase, as a "who" clause is, whether restrictive or set off by commas, and it names no one
 * else as the speaker.
 */
describe('a "whom" clause on the speaker', () => {
  it('keeps a restrictive one in the speaker and out of the entity', () => {
    expect(resolvedQuotes('A nurse whom police questioned on Monday said she saw nothing.')).toEqual([
      { content: 'she saw nothing', cue: 'said', speaker: 'A nurse whom police questioned on Monday', entity: 'A nurse', mode: 'indirect' },
    ]);
  });

  it('reads past one set off by commas to the name before it', () => {
    const quote = resolvedQuotes('Vera Kask, whom the board named treasurer last year, said the books were sound.').find((q) => q.cue === 'said');
    expect(quote).toEqual({ content: 'the books were sound', cue: 'said', speaker: 'Vera Kask, whom the board named treasurer last year', entity: 'Vera Kask', mode: 'indirect' });
  });
});
