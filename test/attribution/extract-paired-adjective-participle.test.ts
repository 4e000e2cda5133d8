/**
 * "and" or "but" between an article's adjective and a participle in "-ing" before a bare noun
 * ("a gifted but demanding teacher") joins two adjectives of one noun phrase: the participle,
 * even one that is a cue ("demanding", "promising"), opens no second predicate, and what was named
 * runs on to the noun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an adjective and a participle joined before a noun', () => {
  it('keeps the participle and its noun in what was named', () => {
    expect(quotesIn('Former pupils described Coach Ilse Brandauer as a gifted but demanding teacher.')).toEqual([
      { content: 'Coach Ilse Brandauer as a gifted but demanding teacher', cue: 'described', speaker: 'Former pupils' },
    ]);
    expect(quotesIn('Neighbors called the baker a shy and caring man.')).toEqual([
      { content: 'the baker a shy and caring man', cue: 'called', speaker: 'Neighbors' },
    ]);
  });

  it('still ends what was said before a participle of saying with a clause', () => {
    expect(quotesIn('Tomas Vrba praised the ferry plan, saying it was cheap and warning that it was late.')).toEqual([
      { content: 'the ferry plan', cue: 'praised', speaker: 'Tomas Vrba' },
      { content: 'it was cheap', cue: 'saying', speaker: 'Tomas Vrba' },
      { content: 'it was late', cue: 'warning', speaker: 'Tomas Vrba' },
    ]);
  });
});
