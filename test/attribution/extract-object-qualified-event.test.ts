/**
 * An event where words are said, with one word qualifying it ("at a victory rally", "in a recent
 * interview", "in a 2019 speech"), opens an adjunct of the cue: what is named ends before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a qualified event after an object', () => {
  it('ends the object before "at a victory rally"', () => {
    expect(quotesIn('Kell thanked growers at a victory rally in Dunmore.')).toEqual([{ content: 'growers', cue: 'thanked', speaker: 'Kell' }]);
  });

  it('ends the object before "in a recent interview"', () => {
    expect(quotesIn('Lind praised Kell in a long interview for the Courier.')).toEqual([{ content: 'Kell', cue: 'praised', speaker: 'Lind' }]);
  });

  it('ends the object before an event dated by a year', () => {
    expect(quotesIn('Kell endorsed Lind in a 2019 speech.')).toEqual([{ content: 'Lind', cue: 'endorsed', speaker: 'Kell' }]);
  });

  it('keeps a phrase that is no event', () => {
    expect(quotesIn('Lind praised the crews in a rare show of unity.')).toEqual([
      { content: 'the crews in a rare show of unity', cue: 'praised', speaker: 'Lind' },
    ]);
  });
});
