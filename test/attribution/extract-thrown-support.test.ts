/**
 * Support given in an idiom with a possessive: "threw her support behind", "threw their weight behind".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"threw her support behind" and "threw their weight behind"', () => {
  it('reads who or what is backed as the content', () => {
    expect(quotesIn('Governor Ana Lind threw her support behind Mayor Kell.')).toEqual([
      { content: 'Mayor Kell', cue: 'threw her support behind', speaker: 'Governor Ana Lind' },
    ]);
    expect(quotesIn('The growers threw their weight behind the barge levy.')).toEqual([
      { content: 'the barge levy', cue: 'threw their weight behind', speaker: 'The growers' },
    ]);
    expect(quotesIn('Kell has thrown his support to the ferry plan.')).toEqual([
      { content: 'the ferry plan', cue: 'thrown his support to', speaker: 'Kell' },
    ]);
  });
});
