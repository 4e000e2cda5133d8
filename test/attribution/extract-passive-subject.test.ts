/**
 * The subject of a passive cue without a "by" phrase is what the statement is about, not its
 * speaker: "Ruiz was declared the winner" names no one who declared it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type QuoteMode } from '../../src/index.js';

/** What these tests pin of one quote: the exact words of its content, cue and speaker mention, and its mode. */
interface Found {
  readonly content: string;
  readonly cue?: string;
  readonly speaker?: string;
  readonly mode: QuoteMode;
}

/** Every quote `analyze` finds in `text`, cut down to what these tests pin. */
function quotesIn(text: string): Found[] {
  return analyze({ text }).quotes.map((quote) => ({
    content: quote.content.exact,
    ...(quote.cue === undefined ? {} : { cue: quote.cue.exact }),
    ...(quote.speaker === undefined ? {} : { speaker: quote.speaker.text }),
    mode: quote.mode,
  }));
}

describe('a passive cue without "by"', () => {
  it('does not make the subject of "was declared" a speaker', () => {
    expect(quotesIn('Ruiz was declared the winner of the county race.')).toEqual([]);
  });

  it('does not make the subject of "was named" a speaker', () => {
    expect(quotesIn('Lind was named the director of the league.')).toEqual([]);
  });

  it('still reads a clause after "was told that"', () => {
    expect(quotesIn('Vega was told that the dam would hold.')).toEqual([
      { content: 'the dam would hold', cue: 'told', speaker: 'Vega', mode: 'indirect' },
    ]);
  });

  it('still reads an expectation with no one holding it', () => {
    expect(quotesIn('The levy is expected to pass.')).toEqual([
      { content: 'The levy is expected to pass', cue: 'expected', mode: 'indirect' },
    ]);
  });

  it('still reads a stance after "were concerned that"', () => {
    expect(quotesIn('Some farmers were concerned that the levy would pass.')).toEqual([
      { content: 'the levy would pass', cue: 'concerned', speaker: 'Some farmers', mode: 'indirect' },
    ]);
  });

  it('still reads a phrasal stance after "was worried about"', () => {
    expect(quotesIn('Vega was worried about the cost of the dam.')).toEqual([
      { content: 'the cost of the dam', cue: 'worried about', speaker: 'Vega', mode: 'indirect' },
    ]);
  });

  it('still names the speaker after "by"', () => {
    expect(quotesIn('Vega was criticized by the council for the delay.')).toEqual([
      { content: 'Vega', cue: 'criticized', speaker: 'the council', mode: 'indirect' },
    ]);
  });
});
