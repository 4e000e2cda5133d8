/**
 * A time phrase that is the object of a preposition ("by the end of this year", "such as Saturday
 * evenings") stays inside what a cue names; only a time adjunct of its own dates the act of saying.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a time phrase after a preposition', () => {
  it('keeps "this year" after "of"', () => {
    expect(quotesIn('Lind urged a deal by the end of this year.')).toEqual([
      { content: 'a deal by the end of this year', cue: 'urged', speaker: 'Lind' },
    ]);
  });

  it('keeps a weekday after "such as"', () => {
    expect(quotesIn('Kell mocked debates held at odd times, such as Saturday evenings.')).toEqual([
      { content: 'debates held at odd times, such as Saturday evenings', cue: 'mocked', speaker: 'Kell' },
    ]);
  });

  it('still ends what is named before a time adjunct of its own', () => {
    expect(quotesIn('Lind urged a deal this year.')).toEqual([{ content: 'a deal', cue: 'urged', speaker: 'Lind' }]);
  });
});
