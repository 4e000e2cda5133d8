/**
 * A lone given name set off by commas after someone's relative ("Okafor's wife, Ada,", "his
 * son, Tomas,") that opens a sentence names that relative, whatever the verb after it; the
 * relative's noun tells the name's gender, so that a later "she" or "he" can find the relative.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

function quotesOf(text: string): [string, string | undefined, string | undefined, string | undefined][] {
  return attributedQuotes(text).map((quote) => [quote.content, quote.cue, quote.speaker, quote.entity]);
}

describe("a relative's name in apposition", () => {
  it('is the relative a later pronoun stands for, after any verb', () => {
    const text = "Governor Chidi Okafor told supporters that he would run again. Okafor's wife, Ada, did not attend the rally. But in an interview last month she said the family had made peace with it.";
    expect(quotesOf(text)).toEqual([
      ['he would run again', 'told', 'Governor Chidi Okafor', 'Chidi Okafor'],
      ['the family had made peace with it', 'said', 'she', 'Ada'],
    ]);
  });

  it('after a possessive determiner, with the gender of the relative', () => {
    const text = 'Marta Velde said the mill would stay shut. Her husband, Joren, was at sea that week. He said later that nobody had warned the crews.';
    expect(quotesOf(text)).toEqual([
      ['the mill would stay shut', 'said', 'Marta Velde', 'Marta Velde'],
      ['nobody had warned the crews', 'said', 'He', 'Joren'],
    ]);
  });

  it('needs a relative before a verb of state', () => {
    const text = 'Marta Velde said the mill would stay shut. The old boat, Petra, was at sea that week. She said later that nobody had warned the crews.';
    expect(quotesOf(text).map(([, , , entity]) => entity)).toEqual(['Marta Velde', 'Marta Velde']);
  });
});
