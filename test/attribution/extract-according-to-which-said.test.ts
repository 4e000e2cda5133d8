/**
 * "..., according to the harbor police, which said in a post that ...": a relative clause on a
 * body named after "according to" may hold a statement of that body's own, as one on a person
 * ("..., according to Ana Pike, who said ...") does.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('"which said" after the source of "according to"', () => {
  it('finds the body\'s own statement', () => {
    const found = resolvedQuotes('The skipper was detained overnight, according to the harbor police, which said in a post that he had been drinking.');
    expect(found.map((q) => [q.cue, q.content, q.entity])).toEqual([
      ['according to', 'The skipper was detained overnight', 'the harbor police'],
      ['said', 'he had been drinking', 'the harbor police'],
    ]);
  });
});
