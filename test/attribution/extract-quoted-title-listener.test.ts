/**
 * A quoted title in the listener's place ("told “Morning Hour” that ...") names a show or a
 * paper, not what was said: what was told starts after it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quoted title as the listener', () => {
  it('skips a title right after the cue', () => {
    expect(quotesIn('Kell told “Morning Hour” that the levy was dead.')).toEqual([
      { content: 'the levy was dead', cue: 'told', speaker: 'Kell' },
    ]);
  });

  it('skips a title after a possessive and an adjunct after it', () => {
    expect(quotesIn('Kell told the network’s “State of the Harbor” on Sunday that the levy was dead.')).toEqual([
      { content: 'the levy was dead', cue: 'told', speaker: 'Kell' },
    ]);
  });

  it('keeps a quotation that is what was told', () => {
    expect(quotesIn('Kell told reporters, “The Levy Is Dead.”')).toEqual([
      { content: '“The Levy Is Dead.”', cue: 'told', speaker: 'Kell' },
    ]);
  });
});
