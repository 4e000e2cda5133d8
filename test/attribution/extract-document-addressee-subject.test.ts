/**
 * A document with its addressee or channel ("a memo to the board", "a post on its website") is one
 * noun phrase as the subject of a cue: the document, its head, speaks, not the addressee.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a document with its addressee as the subject of a cue', () => {
  it('takes the document as the speaker', () => {
    expect(quotesIn('A memo to the harbor board says the ferry plan failed.')).toContainEqual({
      content: 'the ferry plan failed',
      cue: 'says',
      speaker: 'A memo',
    });
    expect(quotesIn('An email to staff warned that the ferry office would close.')).toContainEqual({
      content: 'the ferry office would close',
      cue: 'warned',
      speaker: 'An email',
    });
  });

  it('keeps the addressee when no document comes before "to"', () => {
    expect(quotesIn('A reply came later. Speaking to the harbor board, Mira Talvo said the ferry plan failed.')).toContainEqual({
      content: 'the ferry plan failed',
      cue: 'said',
      speaker: 'Mira Talvo',
    });
    expect(quotesIn('Mira Talvo sent a letter to the harbor board, inviting its members to a hearing on the ferry.')).toContainEqual(
      expect.objectContaining({ speaker: 'Mira Talvo' }),
    );
  });
});
