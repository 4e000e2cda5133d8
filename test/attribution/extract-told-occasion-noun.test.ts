/**
 * "told reporters in a statement that ...", "told jurors in her opening argument that ...": a noun
 * that takes a that-clause inside an adjunct of the occasion after the listener names the occasion,
 * and the "that" goes back to "told"; a noun that takes a that-clause right as the object is still
 * what the cue is about.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun of saying in an adjunct after the listener of "told"', () => {
  it('leaves the that-clause to "told"', () => {
    expect(quotesIn('Nadia Ferro told reporters in a statement that the mill would stay open.')).toEqual([
      { content: 'the mill would stay open', cue: 'told', speaker: 'Nadia Ferro' },
    ]);
    expect(quotesIn('Ruben Oakes told jurors in his opening argument that the ledger was forged.')).toEqual([
      { content: 'the ledger was forged', cue: 'told', speaker: 'Ruben Oakes' },
    ]);
  });

  it('keeps a noun with its clause as the object when no occasion stands before it', () => {
    expect(quotesIn('Ilse Morrow questioned the assertion that the pier was sound.')).toEqual([
      { content: 'the assertion that the pier was sound', cue: 'questioned', speaker: 'Ilse Morrow' },
    ]);
  });
});
