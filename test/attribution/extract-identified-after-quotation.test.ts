/**
 * A quotation that stands alone, as a broadcast script or a live blog sets it, may be followed by
 * a sentence that says whose words they were: "That was Mayor Ana Lind, speaking at the dock",
 * "So said Ana Lind", "Those were the words of Ana Lind", "That is how Ana Lind described it".
 * That sentence gives the quotation its speaker; one that names no person gives none.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a sentence after a lone quotation naming its speaker', () => {
  it('reads "That was" and a name', () => {
    expect(quotesIn('“Nobody goes near the quay tonight.”\n\nThat was Mayor Rona Vell, speaking outside the ferry office.')).toEqual([
      { content: '“Nobody goes near the quay tonight.”', cue: 'That was', speaker: 'Mayor Rona Vell' },
    ]);
  });

  it('reads "That is how" a name and a verb of describing', () => {
    expect(quotesIn('“The roof just folded.” That is how Timo Brask, a baker, described the blast.')).toEqual([
      { content: '“The roof just folded.”', cue: 'described', speaker: 'Timo Brask' },
    ]);
  });

  it('reads "So said" and "Those were the words of"', () => {
    expect(quotesIn('“The tide will turn.” So said Ilsa Maro, the harbor pilot.')).toEqual([
      { content: '“The tide will turn.”', cue: 'said', speaker: 'Ilsa Maro' },
    ]);
    expect(quotesIn('“The tide will turn.” Those were the words of Ilsa Maro.')).toEqual([
      { content: '“The tide will turn.”', cue: 'Those were the words of', speaker: 'Ilsa Maro' },
    ]);
  });

  it('gives no speaker when the next sentence names no person', () => {
    expect(quotesIn('“The tide will turn.” That was the end of it.')).toEqual([]);
    expect(quotesIn('“The tide will turn.” That was May.')).toEqual([]);
  });
});
