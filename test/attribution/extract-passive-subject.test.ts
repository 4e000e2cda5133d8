/**
 * The subject of a passive cue without a "by" phrase is what the statement is about, not its
 * speaker: "Ruiz was declared the victor" names no one who declared it (the declaration is still
 * reported, with no speaker, as an expectation is).
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a passive cue without "by"', () => {
  it('does not make the subject of "was declared" a speaker, the whole clause being what was declared', () => {
    expect(quotesIn('Ruiz was declared the victor of the county race.')).toEqual([
      { content: 'Ruiz was declared the victor of the county race', cue: 'declared', mode: 'indirect' },
    ]);
  });

  it('does not make the subject of "was named" a speaker', () => {
    expect(quotesIn('Lind was named the director of the league.')).toEqual([]);
  });

  it('still reads a clause after "was told that", told by no one named', () => {
    expect(quotesIn('Vega was told that the dam would hold.')).toEqual([
      { content: 'the dam would hold', cue: 'told', mode: 'indirect' },
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
