/**
 * A passive with "by" names a source only for cues of saying or stance: "decided by" and
 * "explained by" name a cause, and a passive after "and" belongs to the first verb's subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('passives with "by" that name no source', () => {
  it('still reads a passive of a stance verb with its source', () => {
    expect(quotesIn('The ferry levy was criticized by Mayor Oren Kell.')).toEqual([
      { content: 'The ferry levy', cue: 'criticized', speaker: 'Mayor Oren Kell' },
    ]);
  });

  it('reads no statement from "decided by" or "explained by"', () => {
    expect(quotesIn('The harbor seat was decided by a runoff in the fall.')).toEqual([]);
    expect(quotesIn('The drop in ferry fares is explained by the new toll rules.')).toEqual([]);
  });

  it('reads no subject ending in "and" before a passive', () => {
    expect(quotesIn('The ferry deal would run five years and has to be approved by the growers.')).toEqual([]);
  });
});
