/**
 * In "That is according to X" and "That's according to X" the copula links the subject to its
 * source: what the source vouches for is the subject, and the content ends before "is" or "'s".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a copula before "according to"', () => {
  it('ends the content before a contracted "\'s"', () => {
    expect(quotesIn("That's according to a new poll from the harbor board.")).toEqual([
      { content: 'That', cue: 'according to', speaker: 'a new poll from the harbor board' },
    ]);
  });

  it('ends the content before a curly contracted "’s"', () => {
    expect(quotesIn('That’s according to the port ledger.')).toEqual([{ content: 'That', cue: 'according to', speaker: 'the port ledger' }]);
  });

  it('ends the content before "is"', () => {
    expect(quotesIn('That is according to a new poll from the harbor board.')).toEqual([
      { content: 'That', cue: 'according to', speaker: 'a new poll from the harbor board' },
    ]);
  });

  it('keeps a clause whose own verb comes before "according to"', () => {
    expect(quotesIn('The dam is safe according to the engineers.')).toEqual([
      { content: 'The dam is safe', cue: 'according to', speaker: 'the engineers' },
    ]);
  });
});
