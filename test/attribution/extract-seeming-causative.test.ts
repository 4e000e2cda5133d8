/**
 * A bare "appear" or "seem" after "make" or "let" and its object says what was brought about
 * ("made the mayor appear to wince"), not an impression anyone reports.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an impression verb after a causative', () => {
  it('reads no statement', () => {
    expect(quotesIn('The treasurer now acts as a kind of conjurer, making money appear on demand for the port.')).toEqual([]);
    expect(quotesIn('It was a remark that made the mayor of Dover, standing behind Lind, appear to wince.')).toEqual([]);
    expect(quotesIn('The new levy will make the harbor seem smaller than it really is.')).toEqual([]);
  });

  it('still reads an impression with a subject of its own', () => {
    expect(quotesIn('The growers did not seem to mind the new levy at all.')).toEqual([
      { content: 'The growers did not seem to mind the new levy at all', cue: 'seem' },
    ]);
    // (A causative inside a relative clause on the subject leaves the plural verb its impression.)
    expect(quotesIn('Voters who made the trip seem to be losing patience with the board.').map((q) => q.cue)).toEqual(['seem']);
  });
});
