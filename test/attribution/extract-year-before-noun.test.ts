/**
 * "the 2024 survey finds", "one of the drafters of that 2019 report, Vic Pell, said": after a
 * determiner (or "that") and a year, a bare or present form is a noun, not a cue whose speaker
 * would be the year.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a year between a determiner and a noun', () => {
  it('leaves "report" a noun after "that 2019"', () => {
    const found = resolvedQuotes('One of the drafters of that 2019 report, Vic Pell, said the levy will fail.');
    expect(found.map((q) => [q.cue, q.content, q.entity])).toEqual([['said', 'the levy will fail', 'Vic Pell']]);
  });

  it('still reads a present form after a year with no determiner', () => {
    expect(resolvedQuotes('In 2019 polls show the mayor ahead.').map((q) => q.cue)).toEqual(['show']);
  });
});
