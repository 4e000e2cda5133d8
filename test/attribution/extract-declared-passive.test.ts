/**
 * "Ruiz was declared the victor": a declaration in the passive with no "by" names no one who made
 * it, and what was declared is the whole clause, as with "is expected to". A "by" after the
 * complement names who declared it; a relative clause on the complement is the writer's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a passive "declared" with a complement', () => {
  it('reports the whole clause with no speaker', () => {
    expect(quotesIn('Dana Pell was declared the victor in the Vale primary.')).toEqual([
      { content: 'Dana Pell was declared the victor in the Vale primary', cue: 'declared' },
    ]);
  });

  it('takes an agent after the complement for the speaker', () => {
    expect(quotesIn('Dana Pell was declared the victor in the Vale primary by local networks.')).toEqual([
      { content: 'Dana Pell was declared the victor in the Vale primary', cue: 'declared', speaker: 'local networks' },
    ]);
  });

  it('ends at a relative clause on the complement and after a subordinator', () => {
    expect(quotesIn('When Dana Pell was declared the victor of a race that was marred by fraud, the count ended.')).toEqual([
      { content: 'Dana Pell was declared the victor of a race', cue: 'declared' },
    ]);
  });

  it('keeps an active "declared" as it was', () => {
    expect(quotesIn('The mayor declared the levy a success.')).toEqual([
      { content: 'the levy a success', cue: 'declared', speaker: 'The mayor' },
    ]);
  });
});
