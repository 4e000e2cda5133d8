/**
 * "see fit" (judge best) and "as we know it" (as it now is) are idioms in which nothing is seen or
 * known: no statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('idioms of seeing and knowing', () => {
  it('reads no statement in "see fit"', () => {
    expect(quotesIn('The port office searched the ledgers as it saw fit.')).toEqual([]);
    expect(quotesIn('Delegates may spend the grant how they see fit.')).toEqual([]);
  });

  it('reads no statement in "as we know it"', () => {
    expect(quotesIn('Whether the guild survives, as we now know it, is unclear.')).toEqual([]);
    expect(quotesIn('The harbor as we know it will be gone by May.')).toEqual([]);
  });

  it('still reads what someone sees or knows', () => {
    expect(quotesIn('Kell saw the levy as a gift to the mill.')).toEqual([
      { content: 'the levy as a gift to the mill', cue: 'saw', speaker: 'Kell' },
    ]);
    expect(quotesIn('We know it was the mill that closed the pier.')).toEqual([
      { content: 'it was the mill that closed the pier', cue: 'know', speaker: 'We' },
    ]);
  });
});
