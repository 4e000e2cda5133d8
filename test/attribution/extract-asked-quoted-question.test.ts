/**
 * A quoted question after "asked" is what was asked: after a passive "was asked" (with or without
 * a comma, a colon or a "by" phrase naming the asker) and after the one asked ("asked the crowd
 * “...?”"), when the quotation ends on a question mark.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quoted question after "asked"', () => {
  it('reads the quotation after a passive "was asked"', () => {
    expect(quotesIn('Mara Velt was asked, “What comes after the toll?”')).toEqual([
      { content: '“What comes after the toll?”', cue: 'asked' },
    ]);
  });

  it('names the asker after "by"', () => {
    expect(quotesIn('Mara Velt was asked by a reporter: “Will you run again?”')).toEqual([
      { content: '“Will you run again?”', cue: 'asked', speaker: 'a reporter' },
    ]);
  });

  it('reads the quotation right after the one asked', () => {
    expect(quotesIn('Dorn asked the crowd “Why should we wait for the ferry?”')).toEqual([
      { content: '“Why should we wait for the ferry?”', cue: 'asked', speaker: 'Dorn' },
    ]);
  });

  it('does not read a quotation that asks nothing right after the one told', () => {
    expect(quotesIn('Dorn told the “Harbor Hour” show the ferry would run.').some((q) => q.content.startsWith('“Harbor Hour”'))).toBe(false);
  });
});
