/**
 * "not only X, but Y": the "but" after a comma completes what was said instead of opening the
 * writer's own clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"not only ..., but ..." in what was said', () => {
  it('reads on past ", but" after "not just"', () => {
    expect(quotesIn('Mayor Ana Lind said the ferry plan was not just late, but a waste of money.')).toEqual([
      { content: 'the ferry plan was not just late, but a waste of money', cue: 'said', speaker: 'Mayor Ana Lind' },
    ]);
  });

  it('reads on past ", but" after "not only"', () => {
    expect(quotesIn('Mayor Ana Lind said the ferry plan was not only late, but far too costly.')).toEqual([
      { content: 'the ferry plan was not only late, but far too costly', cue: 'said', speaker: 'Mayor Ana Lind' },
    ]);
  });

  it('still ends what was said before ", but" and a clause of the writer', () => {
    expect(quotesIn('Mayor Ana Lind said the ferry plan was late, but the board disagreed.')).toEqual([
      { content: 'the ferry plan was late', cue: 'said', speaker: 'Mayor Ana Lind' },
    ]);
  });
});
