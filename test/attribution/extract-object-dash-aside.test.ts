/**
 * A pair of dashes inside what an object cue names encloses an aside when the phrase goes on
 * after it with a preposition, "to" or a relative pronoun ("urged all towns - rich and poor - to
 * cut tolls"); a lone dash, or a pair before a new clause, still ends the object.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('dashes inside an object', () => {
  it('reads on past an aside before a preposition', () => {
    expect(quotesIn('Lind called for all bidders to lay out their costs — the fuel bill above all — of their ferry plans.')).toEqual([
      { content: 'all bidders to lay out their costs — the fuel bill above all — of their ferry plans', cue: 'called for', speaker: 'Lind' },
    ]);
  });

  it('reads on past an aside before "to"', () => {
    expect(quotesIn('Lind urged all towns - rich and poor - to cut their tolls over time.')).toEqual([
      { content: 'all towns - rich and poor - to cut their tolls over time', cue: 'urged', speaker: 'Lind' },
    ]);
  });

  it('ends at a pair of dashes before a new clause', () => {
    expect(quotesIn('Kell supported the harbor levy — a big step for him — and the council agreed.')).toEqual([
      { content: 'the harbor levy', cue: 'supported', speaker: 'Kell' },
    ]);
  });

  it('ends at a lone dash', () => {
    expect(quotesIn('Kell praised the crews — a rare gesture.')).toEqual([{ content: 'the crews', cue: 'praised', speaker: 'Kell' }]);
  });
});
