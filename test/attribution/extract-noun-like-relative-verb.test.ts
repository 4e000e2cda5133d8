/**
 * A present form that is more often a plural noun ("hopes", "fears", "estimates") is the verb of a
 * relative clause when a relative pronoun and a subject come before it and a finite verb follows
 * it: the pronoun is that verb's subject ("a toll that Lind hopes | will pass").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun-like present form inside a relative clause with a subject gap', () => {
  it('reads "that Name hopes will ..."', () => {
    expect(quotesIn('The council backed a ferry toll that Lind hopes will pay for the new pier.')).toContainEqual({
      content: 'that Lind hopes will pay for the new pier',
      cue: 'hopes',
      speaker: 'Lind',
    });
  });

  it('reads "which the town fears could ..."', () => {
    expect(quotesIn('The old dam, which the town fears could fail this spring, was shut on Monday.')).toContainEqual({
      content: 'which the town fears could fail this spring',
      cue: 'fears',
      speaker: 'the town',
    });
  });

  it('still reads a plural noun in a clause after a verb of saying', () => {
    const quotes = quotesIn('Kell said that the union hopes will fade by May.');
    expect(quotes).toEqual([{ content: 'the union hopes will fade by May', cue: 'said', speaker: 'Kell' }]);
  });

  it('still reads a plural noun that opens a sentence', () => {
    expect(quotesIn('The union hopes will fade by May.')).toEqual([]);
  });
});
