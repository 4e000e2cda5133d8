/**
 * "endorsed X in March": a month after what an object cue names dates the act of saying and is
 * left out of the content; inside a reported clause it stays.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a month after an object', () => {
  it('ends the object before "in" and a month', () => {
    expect(quotesIn('Mayor Ida Brand endorsed the ferry levy in March.')).toEqual([
      { content: 'the ferry levy', cue: 'endorsed', speaker: 'Mayor Ida Brand' },
    ]);
  });

  it('ends it before "in late" and a month, "May" among them', () => {
    expect(quotesIn('Senator Olek Varn criticized the harbor budget in late May.')).toEqual([
      { content: 'the harbor budget', cue: 'criticized', speaker: 'Senator Olek Varn' },
    ]);
  });

  it('keeps a month inside a reported clause', () => {
    expect(quotesIn('Ana Ruiz said the levy passed in March.')).toEqual([
      { content: 'the levy passed in March', cue: 'said', speaker: 'Ana Ruiz' },
    ]);
  });
});
