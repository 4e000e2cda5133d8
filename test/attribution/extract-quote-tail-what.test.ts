/**
 * "“Q,” she said at a forum on what has become ...": after a quotation, a clause opened by "what"
 * inside the adjunct after the cue does not stop the attribution.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a "what" clause in the adjunct after a quotation', () => {
  it('attributes the quotation when the adjunct holds a "what" clause', () => {
    expect(quotesIn('"This race is about the harbor," Ana Lind said at a forum on what has become the main issue in Port Elm.')).toEqual([
      { content: '"This race is about the harbor,"', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });

  it('attributes a quotation of two sentences the same way', () => {
    expect(quotesIn('"We need ferries. We also need bridges," Oren Kell said at the start of a debate dominated by questions about what the town can afford.')).toEqual([
      { content: '"We need ferries. We also need bridges,"', cue: 'said', speaker: 'Oren Kell' },
    ]);
  });

  it('still reads "what" right after the cue as its content', () => {
    expect(quotesIn('Ana Lind said what the board wanted to hear.')).toEqual([
      { content: 'what the board wanted to hear', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});
