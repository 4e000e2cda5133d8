import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A name joined by "and" to a name after a preposition or a verb ("a meeting between Ana Pike
 * and Tom Reyes") is an object, as the first is, not the subject of a clause: a later "he" in
 * the sentence passes over it to the subject before.
 */
describe('a name joined by "and" to an object', () => {
  it('is no antecedent for the pronoun subject after a question', () => {
    const quotes = resolvedQuotes('Aide Ivo Marsh told reporters the talks went well. Asked whether a meeting between Ana Pike and Tom Reyes was possible, he said it was too early.');
    expect(quotes.find((quote) => quote.speaker === 'he')?.entity).toBe('Ivo Marsh');
  });

  it('stays a subject when the pair opens the sentence', () => {
    const quotes = resolvedQuotes('Ana Pike and Tom Reyes met on Monday. He said it went well.');
    expect(quotes.find((quote) => quote.speaker === 'He')?.entity).toBe('Tom Reyes');
  });
});
