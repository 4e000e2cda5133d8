/**
 * "called" right after an indefinite noun usually gives a thing its name ("a contest called the
 * Dock Prize"); but when that indefinite phrase opens the sentence and a pronoun, or a determiner
 * and a common noun, follows "called", the phrase is the subject and "called" the verb that says
 * what its object is ("A lawyer for the tenants called the rent rise unfair").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an indefinite subject of "called"', () => {
  it('reads "called" as the verb after a sentence-initial indefinite subject', () => {
    expect(quotesIn('A lawyer for the tenants called the rent rise unfair.')).toEqual([
      { content: 'the rent rise unfair', cue: 'called', speaker: 'A lawyer for the tenants' },
    ]);
    expect(quotesIn('A spokeswoman for the ferry line called the delay a scheduling blunder.')).toEqual([
      { content: 'the delay a scheduling blunder', cue: 'called', speaker: 'A spokeswoman for the ferry line' },
    ]);
    expect(quotesIn('A neighbor called it a needless quarrel.')).toEqual([
      { content: 'it a needless quarrel', cue: 'called', speaker: 'A neighbor' },
    ]);
  });

  it('still reads a name given after an indefinite noun as no statement', () => {
    expect(quotesIn('Vell joined a club called the Quay Rowers.')).toEqual([]);
    expect(quotesIn('Growers hired a firm called the Orchard Group.')).toEqual([]);
  });
});
