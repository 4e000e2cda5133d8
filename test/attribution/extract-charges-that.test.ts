/**
 * "Charges" before "that" is a verb of accusation when a subject with a determiner stands before
 * it ("The indictment charges that ..."), as "claims that" and "reports that" are; a finite verb
 * straight after "that" makes it the noun's relative clause instead ("the charges that were filed").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"charges that" after a subject', () => {
  it('reads the accusation', () => {
    expect(quotesIn('The indictment charges that Pell Dorran hid the fees from the harbor board.')).toEqual([
      { content: 'Pell Dorran hid the fees from the harbor board', cue: 'charges', speaker: 'The indictment' },
    ]);
    expect(quotesIn('The Orsk Tenants Union charges that the landlord ignored the leaks.')).toEqual([
      { content: 'the landlord ignored the leaks', cue: 'charges', speaker: 'The Orsk Tenants Union' },
    ]);
  });

  it('leaves the noun and its relative clause alone', () => {
    expect(quotesIn('The settlement spared the two clerks the charges that could have come out of the audit.')).toEqual([]);
    expect(quotesIn('The charges that Dorran faces carry a long sentence.')).toEqual([]);
  });
});
