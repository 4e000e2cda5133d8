/**
 * "... goods from Norvia, Belstad and Kerrin. She said ...": a name joined by a comma or "and" to a
 * list of names that a preposition governs is an object, not a clause's subject, so a pronoun
 * after it goes back to the speaker before it. A name after "and" that opens a clause of its own
 * is still a subject.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a name at the end of a list after a preposition', () => {
  it('is no antecedent ahead of the speaker', () => {
    const text = 'Minister Olga Brandt said the quota would cover timber from Norvia, Belstad and Kerrin. She said the talks would resume. Kerrin has not responded to the letter.';
    expect(attributedQuotes(text).map((quote) => quote.entity)).toEqual(['Olga Brandt', 'Olga Brandt', 'Kerrin']);
  });

  it('leaves a name that opens a clause after "and" a subject', () => {
    const text = 'Olga Brandt left the hall early, and Tomas Kerrin took the floor. He said the quota was unfair.';
    expect(attributedQuotes(text)).toEqual([{ content: 'the quota was unfair', cue: 'said', speaker: 'He', entity: 'Tomas Kerrin' }]);
  });
});
