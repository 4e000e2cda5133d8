import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A possessive pronoun and a word for what was said before a colon and a quotation ("Her answer:
 * “...”", "His verdict: “...”") label the quotation as said by the one the pronoun stands for.
 * Without a quotation after the colon ("Her answer: yes.") nothing is read.
 */
describe('a possessive label before a quotation', () => {
  it('gives the quotation to the one the pronoun stands for', () => {
    expect(resolvedQuotes('Vera Holt lost her shop in the fire. Her answer: “We will open again by spring.”')).toContainEqual({
      content: '“We will open again by spring.”',
      cue: ':',
      speaker: 'Her',
      entity: 'Vera Holt',
      mode: 'direct',
    });
  });

  it('reads nothing without a quotation', () => {
    expect(resolvedQuotes('Vera Holt lost her shop in the fire. Her answer: rebuild.')).toEqual([]);
  });
});
