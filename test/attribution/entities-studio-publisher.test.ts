/**
 * "The studio said ...", "the publisher said in a statement": firms of film and books named by
 * their trade are organizations, not people, so a later "she" does not stand for them.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('a studio and a publisher', () => {
  it('are organizations', () => {
    expect(typedQuotes('The studio said the film would open in May.')).toEqual([{ content: 'the film would open in May', cue: 'said', speaker: 'The studio', kind: 'organization' }]);
    expect(typedQuotes('The publisher said it stood by the book.')).toEqual([{ content: 'it stood by the book', cue: 'said', speaker: 'The publisher', kind: 'organization' }]);
  });
});
