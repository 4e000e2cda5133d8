/**
 * A past "saw" with a clause and no "that" mostly tells what someone witnessed, not a view they
 * hold; only "saw X as Y" reports a view.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"saw" with a clause', () => {
  it('reads no view in what was witnessed', () => {
    expect(quotesIn('She saw the river rise over the bank.')).toEqual([]);
    expect(quotesIn('Kell saw Ruiz carrying a sign outside the mill.')).toEqual([]);
  });

  it('reads what something was seen as', () => {
    expect(quotesIn('Kell saw the levy as a mistake.')).toEqual([{ content: 'the levy as a mistake', cue: 'saw', speaker: 'Kell' }]);
  });

  it('reads a clause after "saw that"', () => {
    expect(quotesIn('Voters saw that the levy would pass.')).toEqual([{ content: 'the levy would pass', cue: 'saw', speaker: 'Voters' }]);
  });

  it('still reads a present "sees" with a clause', () => {
    expect(quotesIn('Ortiz sees the harbor as the key to the race.')).toEqual([
      { content: 'the harbor as the key to the race', cue: 'sees', speaker: 'Ortiz' },
    ]);
  });
});
