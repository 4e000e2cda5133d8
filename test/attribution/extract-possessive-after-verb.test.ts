/**
 * A noun of saying with a that-clause whose possessor is a pronoun right after a verb ("Lind
 * shared her belief that ..."): the pronoun stands for the clause's subject, who is the speaker.
 * After a preposition ("alone in his contention that") the pronoun stays the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a possessive pronoun before a noun of saying', () => {
  it('stands for the subject right after a verb', () => {
    expect(quotesIn('Lind shared her belief that the pier would collapse.')).toEqual([
      { content: 'the pier would collapse', cue: 'belief', speaker: 'Lind' },
    ]);
  });

  it('stands for the subject after a verb with a particle', () => {
    expect(quotesIn('At the fair, Tom Reed kept up his warning that the ferry was unsafe.')).toEqual([
      { content: 'the ferry was unsafe', cue: 'warning', speaker: 'Tom Reed' },
    ]);
  });

  it('stays the speaker after a preposition', () => {
    expect(quotesIn('Ruiz is not alone in his fear that the pier would collapse.')).toEqual([
      { content: 'the pier would collapse', cue: 'fear', speaker: 'his' },
    ]);
  });
});
