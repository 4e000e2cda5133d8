/**
 * A lone capitalised word after a word of kin ("his brother Pieter", "her aunt Odile") is a given
 * name, whether or not the list of given names holds it, so the one person whose full name starts
 * with it ("Pieter Reyes") is the same person.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a given name after a word of kin', () => {
  it('joins "his brother Pieter" to "Pieter Reyes"', () => {
    const text = 'Tomas Reyes was pulled from the river on Sunday. He was cold but awake, his brother Pieter said. "He asked for soup first," Pieter Reyes said.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity, quote.cue])).toEqual([
      ['his brother Pieter', 'Pieter Reyes', 'said'],
      ['Pieter Reyes', 'Pieter Reyes', 'said'],
    ]);
  });

  it('leaves it alone when two people have that given name', () => {
    const text = 'Odile Marsh and Odile Fenn ran the stall. It had closed early, her aunt Odile said.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'her aunt Odile', entity: 'Odile', cue: 'said' });
  });
});
