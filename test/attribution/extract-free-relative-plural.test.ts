/**
 * In a free relative ("what they call ..."), "they" stands for the subject of the clause around it
 * only when that subject is plural or names a group; a singular name keeps "they".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"they" in a free relative', () => {
  it('keeps "they" when the clause subject is a singular name', () => {
    expect(quotesIn('Arlo has also been faulted by farmers in his party for what they characterize as a weak stance on water.')).toEqual([
      { content: 'Arlo', cue: 'faulted', speaker: 'farmers in his party' },
      { content: 'what they characterize as a weak stance on water', cue: 'characterize', speaker: 'they' },
    ]);
  });

  it('names a plural clause subject', () => {
    expect(quotesIn('The growers rejected what they called a farce.')).toEqual([
      { content: 'what they called a farce', cue: 'called', speaker: 'The growers' },
    ]);
  });

  it('names a singular subject for "he"', () => {
    expect(quotesIn('Kell denounced what he called a farce.')).toEqual([
      { content: 'what he called a farce', cue: 'called', speaker: 'Kell' },
    ]);
  });
});
