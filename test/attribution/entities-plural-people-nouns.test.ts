/**
 * A plural noun for people that opens a sentence ("Parents said", "Neighbors said") is capitalised
 * only by its place: it names a group, never a person called "Parents".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a plural noun for people at the start of a sentence', () => {
  it('makes a group of "Neighbors" and "Parents"', () => {
    const text = 'Neighbors said the stairwell was never lit.\n\nParents said they would keep their children home.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the stairwell was never lit', cue: 'said', speaker: 'Neighbors', entity: 'Neighbors', mode: 'indirect' },
      { content: 'they would keep their children home', cue: 'said', speaker: 'Parents', entity: 'Parents', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.filter((entity) => entity.kind === 'person')).toEqual([]);
  });
});
