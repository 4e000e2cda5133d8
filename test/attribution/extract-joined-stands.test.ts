/**
 * Phrasal verbs that join a side or a wager rather than state a view are no cues: "broke with
 * tradition", "bet on a late surge", "signed on to the campaign". Those that take a stand on a
 * proposal stay cues: "signed off on the deal", "counting on a late surge".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"broke with", "bet on" and "signed on to"', () => {
  it('reads no statement where a side is joined or a wager made', () => {
    expect(quotesIn('Ruiz broke with tradition on the ferry tax.')).toEqual([]);
    expect(quotesIn('The growers bet on a late surge.')).toEqual([]);
    expect(quotesIn('Tova Lind signed on to the campaign of the mayor last week.')).toEqual([]);
  });

  it('still reads a stand taken on a proposal', () => {
    expect(quotesIn('The council signed off on the ferry deal.')).toEqual([
      { content: 'the ferry deal', cue: 'signed off on', speaker: 'The council' },
    ]);
    expect(quotesIn('The growers are counting on a late surge.')).toEqual([
      { content: 'a late surge', cue: 'counting on', speaker: 'The growers' },
    ]);
  });
});
