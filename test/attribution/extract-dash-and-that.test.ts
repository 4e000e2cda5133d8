/**
 * A dash and "and that" add a second reported clause to what was said; a dash and "and" with a
 * new subject still end it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a dash before "and that"', () => {
  it('reads on into the second "that" clause', () => {
    expect(quotesIn('Kell said the dam would hold — and that the town would pay for the repairs.')).toEqual([
      { content: 'the dam would hold — and that the town would pay for the repairs', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('still ends before a dash, "and" and a new subject', () => {
    expect(quotesIn('Kell said the dam would hold — and he left.')).toEqual([
      { content: 'the dam would hold', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
