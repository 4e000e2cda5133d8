/**
 * "The levy drew criticism from abroad": a reaction drawn "from" an adverb of place ("abroad",
 * "overseas", "elsewhere") names no speaker, so no statement is read; one drawn from a noun
 * phrase ("from growers") still is.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a reaction drawn from an adverb of place', () => {
  it('reads no statement', () => {
    expect(spokenQuotes('The new border fee drew sharp criticism from abroad.')).toEqual([]);
    expect(spokenQuotes('The rescue plan has won praise from overseas.')).toEqual([]);
  });

  it('still reads one drawn from a noun phrase', () => {
    expect(spokenQuotes('The new border fee drew sharp criticism from hauliers.')).toEqual([
      { content: 'The new border fee', cue: 'drew sharp criticism from', speaker: 'hauliers' },
    ]);
  });
});
