/**
 * "The commander, who goes by the name General Ruko, posted ...": a relative clause that says
 * what a described speaker goes by names that speaker, so the description and the name are one
 * entity, and a later "he" is that entity.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('"who goes by (the name) X"', () => {
  it('names the described speaker', () => {
    const found = resolvedQuotes('The militia chief, who goes by the name Colonel Ruko, posted a video promising that his men would spare the town. "We are not bandits," he said.');
    expect(found.map((q) => [q.cue, q.entity])).toEqual([
      ['promising', 'Ruko'],
      ['said', 'Ruko'],
    ]);
  });

  it('reads the name without "the name" before it', () => {
    const found = resolvedQuotes('The militia chief, who goes by Ruko, told a local radio station that the road would reopen.');
    expect(found[0]?.entity).toBe('Ruko');
  });
});
