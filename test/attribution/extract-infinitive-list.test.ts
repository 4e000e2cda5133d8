/**
 * An intention ends at its first comma ("declined to comment, citing ..."), unless the comma
 * separates the items of a list that runs on to "and" or "or".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a list inside a to-infinitive', () => {
  it('reads a list of phrases to its end', () => {
    expect(quotesIn('Ana Lind wants to represent Dutch growers, Welsh farmers, Irish bakers and local fishermen.')).toEqual([
      { content: 'to represent Dutch growers, Welsh farmers, Irish bakers and local fishermen', cue: 'wants', speaker: 'Ana Lind' },
    ]);
  });

  it('reads a list of modifiers to its end', () => {
    expect(quotesIn('Ana Lind wants to rally young, rural and working voters.')).toEqual([
      { content: 'to rally young, rural and working voters', cue: 'wants', speaker: 'Ana Lind' },
    ]);
  });

  it('still ends at a comma before a participle', () => {
    expect(quotesIn('Ana Lind declined to comment, citing the ferry talks and the levy.')).toEqual([
      { content: 'to comment', cue: 'declined', speaker: 'Ana Lind' },
      { content: 'the ferry talks and the levy', cue: 'citing', speaker: 'Ana Lind' },
    ]);
  });

  it('still ends at a comma before a clause', () => {
    expect(quotesIn('Ana Lind declined to comment further, and the board met on Monday.')).toEqual([
      { content: 'to comment further', cue: 'declined', speaker: 'Ana Lind' },
    ]);
  });
});
