/**
 * A sentence opened by "To" and the one whose view it gives ("To Lind, the levy is a tax on
 * farmers") attributes the rest of the sentence to them; "To the extent ...", "To date, ..." and a
 * purpose ("To win, ...") attribute nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"To X, ..." opening a sentence', () => {
  it('gives the view to a name', () => {
    expect(quotesIn('To Lind, the levy is a tax on farmers.')).toEqual([
      { content: 'the levy is a tax on farmers', cue: 'To', speaker: 'Lind' },
    ]);
  });

  it('gives the view to a pronoun', () => {
    expect(quotesIn('To them, the vote marks a shift in the valley.')).toEqual([
      { content: 'the vote marks a shift in the valley', cue: 'To', speaker: 'them' },
    ]);
  });

  it('steps over a relative clause on the holder', () => {
    expect(quotesIn('To Kell, who has studied the dam, the levy is a waste of money.')).toEqual([
      { content: 'the levy is a waste of money', cue: 'To', speaker: 'Kell' },
    ]);
  });

  it('reads no view after "To date" or a purpose', () => {
    expect(quotesIn('To date, the mill has closed twice.')).toEqual([]);
    expect(quotesIn('To win, the mayor must carry the valley.')).toEqual([]);
  });
});
