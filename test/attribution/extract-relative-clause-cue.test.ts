/**
 * A cue inside a restrictive relative clause on the subject ("Officials who wrote to her said ...")
 * is no statement of its own when only its object or listener follows it: the main clause's cue
 * still reads, with the whole phrase as its speaker. "her" that closes such a clause is the
 * object, not a possessive, and "those" standing alone heads the clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue inside a relative clause on the subject', () => {
  it('reads the main cue after a preposition and a pronoun object', () => {
    expect(quotesIn('The growers who wrote to him on Tuesday say they are worried.')).toEqual([
      { content: 'they are worried', cue: 'say', speaker: 'The growers who wrote to him' },
    ]);
  });

  it('reads "her" that ends the relative clause as its object', () => {
    expect(quotesIn('Officials who spoke to her said the ferry talks were useful.')).toEqual([
      { content: 'the ferry talks were useful', cue: 'said', speaker: 'Officials who spoke to her' },
    ]);
    expect(quotesIn('Officials who met her said that the ferry talks were useful.')).toEqual([
      { content: 'the ferry talks were useful', cue: 'said', speaker: 'Officials who met her' },
    ]);
  });

  it('ends a listener clause before the main verb of saying', () => {
    expect(quotesIn('Officials who told her said the ferry talks were useful.')).toEqual([
      { content: 'the ferry talks were useful', cue: 'said', speaker: 'Officials who told her' },
    ]);
  });

  it('ends a belief with a pronoun object before the main verb of saying', () => {
    expect(quotesIn('Those who know him say Dorn will run again.')).toEqual([
      { content: 'Dorn will run again', cue: 'say', speaker: 'Those who know him' },
    ]);
  });

  it('takes "those" and a share of it as the head of the clause', () => {
    expect(quotesIn('Those who voted said they were worried about the toll.')).toEqual([
      { content: 'they were worried about the toll', cue: 'said', speaker: 'Those who voted' },
    ]);
    expect(quotesIn('About 30 percent of those who voted said they were worried.')).toEqual([
      { content: 'they were worried', cue: 'said', speaker: '30 percent of those who voted' },
    ]);
  });

  it('keeps "her" a possessive when no clause follows the next verb', () => {
    const found = quotesIn('Officials who backed her proposed toll were ignored.');
    expect(found.some((q) => q.cue === 'proposed')).toBe(false);
  });
});
