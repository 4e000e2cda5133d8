/**
 * "had harsh words for", "has nothing but praise for": a view voiced, whose content is what
 * follows "for" and whose speaker is the subject of "have".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('words or praise someone has for a target', () => {
  it('reads what harsh words were had for', () => {
    expect(quotesIn('Mayor Abel Moro had harsh words for the harbor board.')).toEqual([
      { content: 'the harbor board', cue: 'had harsh words for', speaker: 'Mayor Abel Moro' },
    ]);
  });

  it('reads a negated "does not have kind words for"', () => {
    expect(quotesIn('Senator Ana Lind does not have kind words for the new levy.')).toEqual([
      { content: 'the new levy', cue: 'have kind words for', speaker: 'Senator Ana Lind' },
    ]);
  });

  it('reads "has nothing but praise for"', () => {
    expect(quotesIn('The fire chief has nothing but praise for the volunteer crews.')).toEqual([
      { content: 'the volunteer crews', cue: 'has nothing but praise for', speaker: 'The fire chief' },
    ]);
  });

  it('reads what "a strong case" was made for', () => {
    expect(quotesIn('Mayor Abel Moro made a strong case for the new harbor levy.')).toEqual([
      { content: 'the new harbor levy', cue: 'made a strong case for', speaker: 'Mayor Abel Moro' },
    ]);
  });
});
