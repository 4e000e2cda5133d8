/**
 * A present or bare form of a cue after an adjective in -ous or -ful is a noun ("his outrageous
 * views"), not a verb with the adjective as its subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('cue words after an adjective in -ous or -ful', () => {
  it('reads no statement from a noun after such an adjective', () => {
    expect(quotesIn('Oren Kell has drawn notice for his outrageous views since the spring.')).toEqual([]);
    expect(quotesIn('The visit came after more ambiguous remarks a month ago on the ferry levy.')).toEqual([]);
    expect(quotesIn('Lind is mayor of the most populous state capital on the coast.')).toEqual([]);
  });

  it('still reads the verb after a plain subject', () => {
    expect(quotesIn('The growers say the ferry levy is unfair.')).toEqual([
      { content: 'the ferry levy is unfair', cue: 'say', speaker: 'The growers' },
    ]);
  });
});
