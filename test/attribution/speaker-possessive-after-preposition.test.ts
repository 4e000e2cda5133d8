/**
 * A speaker's phrase runs on over a preposition and a possessive after a common noun ("A person
 * familiar with her plans", "An aide to his rival"), as it does over "of" and over "the"; after a
 * name, only "of" joins ("Ana Lind in her speech" is the name and an adjunct).
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a possessive after a preposition in a speaker', () => {
  it('keeps the noun before the preposition in the speaker', () => {
    expect(resolvedQuotes('A person familiar with her plans said she would resign in May.')).toEqual([
      { content: 'she would resign in May', cue: 'said', speaker: 'A person familiar with her plans', entity: 'A person familiar with her plans', mode: 'indirect' },
    ]);
    expect(resolvedQuotes('An aide to his rival said the count was wrong.')).toMatchObject([{ speaker: 'An aide to his rival' }]);
    expect(resolvedQuotes('A man in his forties said the fare was too high.')).toMatchObject([{ speaker: 'A man in his forties' }]);
  });

  it('leaves an adjunct after a name out of the speaker', () => {
    expect(resolvedQuotes('Ana Lind in her first speech called the ferry plan a mistake.')).toMatchObject([{ speaker: 'Ana Lind', entity: 'Ana Lind' }]);
  });
});
