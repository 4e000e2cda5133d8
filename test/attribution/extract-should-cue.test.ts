/**
 * A cue after "should" names an act that ought to happen, not one that did.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('cues after "should"', () => {
  it('reads no statement from an act one ought to perform', () => {
    expect(quotesIn('The board should formally ask the clerk to resign.')).toEqual([]);
    expect(quotesIn('What should we talk about at the harbor meeting?')).toEqual([]);
  });

  it('still reads what someone said should happen', () => {
    expect(quotesIn('Ana Lind said the board should not confirm a new clerk.')).toEqual([
      { content: 'the board should not confirm a new clerk', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});
