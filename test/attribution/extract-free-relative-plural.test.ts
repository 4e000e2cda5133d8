/**
 * In a free relative ("what they call ..."), "they" stands for the subject of the clause around it
 * only when that subject is plural or names a group; a singular name keeps "they".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"they" in a free relative', () => {
  it('keeps "they" when the clause subject is a singular name', () => {
    expect(quotesIn('Arlo was also faulted by growers on his council for what they describe as a timid plan for the dam.')).toEqual([
      { content: 'Arlo', cue: 'faulted', speaker: 'growers on his council' },
      { content: 'what they describe as a timid plan for the dam', cue: 'describe', speaker: 'they' },
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
