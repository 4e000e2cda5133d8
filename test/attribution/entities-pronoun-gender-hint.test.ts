/**
 * "he" or "she" opening the reported clause of someone's statement ("Okafor said he would run")
 * is weak evidence of that speaker's gender: a later "she" passes over a speaker twice so
 * reported for someone whom something stronger makes a woman, but takes that speaker when no
 * one else fits, and a given name of the word list outweighs it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): [string, string | undefined, string | undefined][] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => [
    quote.content.exact,
    quote.speaker?.anchor.exact,
    analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name,
  ]);
}

describe('a pronoun opening the reported clause', () => {
  it('keeps a later "she" from a speaker reported so twice', () => {
    const text =
      'Governor Chidi Okafor said he would run again. His wife, Ada, did not attend the rally. Okafor told the crowd that he had her support. Later she said the family had made peace with it.';
    expect(speakersOf(text)).toEqual([
      ['he would run again', 'Governor Chidi Okafor', 'Chidi Okafor'],
      ['he had her support', 'Okafor', 'Chidi Okafor'],
      ['the family had made peace with it', 'she', 'Ada'],
    ]);
  });

  it('is weak: with no one else, "she" still takes the speaker', () => {
    const text = 'Chidi Okafor said he would run again. Okafor told the crowd that he had support. Later she said the family had made peace with it.';
    expect(speakersOf(text).map(([, , entity]) => entity)).toEqual(['Chidi Okafor', 'Chidi Okafor', 'Chidi Okafor']);
  });

  it('gives way to a given name on the word list', () => {
    const text =
      'Maria Okafor said he would run again. His sister, Ada, did not attend the rally. Okafor told the crowd that he had her support. Later she said the family had made peace with it.';
    expect(speakersOf(text).map(([, , entity]) => entity)).toEqual(['Maria Okafor', 'Maria Okafor', 'Maria Okafor']);
  });
});
