/**
 * A present form that is more often a plural noun ("supports", "calls") is a verb after a
 * person's name and before a gerund: "Ostrander supports raising the toll".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun-like present form before a gerund', () => {
  it('reads "supports raising ..." after a name', () => {
    expect(quotesIn('Ostrander supports raising the harbor toll for trucks.')).toEqual([
      { content: 'raising the harbor toll for trucks', cue: 'supports', speaker: 'Ostrander' },
    ]);
  });

  it('leaves the plural noun after a determiner', () => {
    expect(quotesIn('The Ostrander attacks targeting the mayor failed.')).toEqual([]);
  });
});
