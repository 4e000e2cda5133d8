/**
 * "..., a claim no one accepted" closes what was said; "..., a new rule or a referendum" is the
 * rest of a list inside it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a list after a comma at the end of what was said', () => {
  it('reads on to the last item after "or"', () => {
    expect(quotesIn('Ana Lind said the board might act through a vote, a new rule or a referendum.')).toEqual([
      { content: 'the board might act through a vote, a new rule or a referendum', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });

  it('still ends before a closing appositive', () => {
    expect(quotesIn('Ana Lind said the ferry would close in May, a claim no one else accepted.')).toEqual([
      { content: 'the ferry would close in May', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});
