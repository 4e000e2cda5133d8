/**
 * A subject linked by "be" to a noun of the stand it takes: "Kell has been a vocal critic of the
 * levy", "the growers were early backers of the dam". What follows "of" is the content.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a stand named by "a critic of", "supporters of"', () => {
  it('reads what a critic criticizes', () => {
    expect(quotesIn('Mayor Oren Kell has long been a vocal critic of the harbor levy.')).toEqual([
      { content: 'the harbor levy', cue: 'critic of', speaker: 'Mayor Oren Kell' },
    ]);
  });

  it('reads a plural subject with a plural noun and no article', () => {
    expect(quotesIn('The orchard growers were early backers of the new dam.')).toEqual([
      { content: 'the new dam', cue: 'backers of', speaker: 'The orchard growers' },
    ]);
  });

  it('reads a subject linked by "remains" or a contracted "be"', () => {
    expect(quotesIn('Ana Lind remains a strong supporter of the ferry plan.')).toEqual([
      { content: 'the ferry plan', cue: 'supporter of', speaker: 'Ana Lind' },
    ]);
    expect(quotesIn("Ana Lind spoke at the pier. She's a longtime opponent of the bridge toll.")).toEqual([
      { content: 'the bridge toll', cue: 'opponent of', speaker: "She's" },
    ]);
  });

  it('gives a second predicate after "and" to the first subject', () => {
    expect(quotesIn('Mr. Kell has not endorsed Ms. Lind and has long been a sharp critic of her budget.')).toEqual([
      { content: 'Ms. Lind', cue: 'endorsed', speaker: 'Mr. Kell' },
      { content: 'her budget', cue: 'critic of', speaker: 'Mr. Kell' },
    ]);
  });

  it('reads a graded stand without its comparison, "the" before the noun and a subject with an appositive', () => {
    expect(quotesIn("Ana Lind spoke at the pier. She's a more devoted opponent of the toll than most growers.")).toEqual([
      { content: 'the toll', cue: 'opponent of', speaker: "She's" },
    ]);
    expect(quotesIn('Mr. Kell is the architect of the plan to cut ferry fees.')).toEqual([
      { content: 'the plan to cut ferry fees', cue: 'architect of', speaker: 'Mr. Kell' },
    ]);
    expect(quotesIn('Rhonda Holt, 51, is an ardent backer of Mayor Oren Kell.')).toEqual([
      { content: 'Mayor Oren Kell', cue: 'backer of', speaker: 'Rhonda Holt' },
    ]);
  });

  it('leaves the noun unread without "be" or after a preposition', () => {
    expect(quotesIn('Critics of the dam gathered at the pier.')).toEqual([]);
    expect(quotesIn('The mayor is resented by backers of her rival.')).toEqual([]);
    expect(quotesIn('Kell hopes to be a champion of the harbor.')).toEqual([{ content: 'to be a champion of the harbor', cue: 'hopes', speaker: 'Kell' }]);
  });
});
