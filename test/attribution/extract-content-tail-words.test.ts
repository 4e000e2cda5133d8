/**
 * What a cue names does not end on a word that needs more after it: a relative pronoun whose
 * verb was cut off, or a conjunction left before a stop.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('words that cannot end what was said', () => {
  it('keeps the verb of a relative clause inside the object of a relative clause', () => {
    expect(quotesIn('The race drew idealists who wanted a clean break from the old board, growers who farmed near the levy, and a new ferry.')).toEqual([
      { content: 'a clean break from the old board, growers who farmed near the levy, and a new ferry', cue: 'wanted', speaker: 'who' },
    ]);
  });

  it('still ends the object where the main clause takes its verb', () => {
    expect(quotesIn('Donors who hope to give more would pay a fee.')).toEqual([{ content: 'to give more', cue: 'hope', speaker: 'who' }]);
  });

  it('drops "and" left before a stop', () => {
    expect(quotesIn('The dam might seem like an odd project for a town that counts its budget in thousands and, records show, rarely repairs its roads.')).toContainEqual({
      content: 'The dam might seem like an odd project for a town that counts its budget in thousands',
      cue: 'seem',
    });
  });

  it('drops "and" before a second predicate', () => {
    expect(quotesIn('Kell is supporting Lind as a delegate and in a statement praised her record.')).toContainEqual({
      content: 'Lind as a delegate',
      cue: 'supporting',
      speaker: 'Kell',
    });
  });
});
