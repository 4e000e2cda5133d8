/**
 * "add" as a verb of saying takes a clause or a quotation ("and added that ...", "and added, “...”").
 * Before a bare noun phrase it puts something in ("and added new safeguards"), which is more of
 * what was said, not the speaker's next statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"and added" before a noun phrase', () => {
  it('keeps "and added new safeguards" inside what was said', () => {
    expect(quotesIn('Bram Oster said the bakery had replaced its ovens and added two new night shifts.')).toEqual([
      { content: 'the bakery had replaced its ovens and added two new night shifts', cue: 'said', speaker: 'Bram Oster' },
    ]);
  });

  it('still reads "and added" before a clause as a statement of its own', () => {
    expect(quotesIn('Bram Oster said the bakery had replaced its ovens and added the bread would taste the same.')).toEqual([
      { content: 'the bakery had replaced its ovens', cue: 'said', speaker: 'Bram Oster' },
      { content: 'the bread would taste the same', cue: 'added', speaker: 'Bram Oster' },
    ]);
  });

  it('still reads "and added that" as a statement of its own', () => {
    expect(quotesIn('Bram Oster said the bakery had replaced its ovens and added that no loaves were lost.')).toEqual([
      { content: 'the bakery had replaced its ovens', cue: 'said', speaker: 'Bram Oster' },
      { content: 'no loaves were lost', cue: 'added', speaker: 'Bram Oster' },
    ]);
  });
});
