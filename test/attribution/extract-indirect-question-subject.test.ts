/**
 * A subject right after "how", or after "whether" when a modal comes before the cue, opens an
 * indirect question, not a statement of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a subject inside an indirect question', () => {
  it('reads no statement of the subject after "how"', () => {
    expect(quotesIn('Kell outlined how the board views the new toll.')).toEqual([]);
    expect(quotesIn('The mayor was aware of how harbor growers see her plan for the dam.')).toEqual([]);
  });

  it('reads no statement after "whether" and a modal', () => {
    expect(quotesIn('Vera Holm has wavered on whether she would support the levy.')).toEqual([]);
    expect(quotesIn('Ana Lind would not discuss whether she will endorse Mayor Kell.')).toEqual([
      { content: 'whether she will endorse Mayor Kell', cue: 'discuss', speaker: 'Ana Lind' },
    ]);
  });

  it('keeps the question itself and a plain verb after "whether"', () => {
    expect(quotesIn('Reporters asked whether Lind would support the levy.')).toEqual([
      { content: 'whether Lind would support the levy', cue: 'asked', speaker: 'Reporters' },
    ]);
    expect(quotesIn('It was unclear whether Lind supports the levy.')).toEqual([
      { content: 'the levy', cue: 'supports', speaker: 'Lind' },
    ]);
  });
});
