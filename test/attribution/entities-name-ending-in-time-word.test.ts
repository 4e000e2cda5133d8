import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A capitalised word of time right after a capitalised name word, with no capitalised word after
 * it, ends the name ("the group Fair Fares Now", "the journal Ocean Science Today"): it is no
 * adverb between a speaker and the cue, nor the end of a sentence after an inverted speaker. A
 * headline in title case ("Officials Now Say ...") keeps "Now" an adverb.
 */
describe('a name that ends in "Now" or "Today"', () => {
  it('keeps "Now" in the speaker before the cue', () => {
    expect(resolvedQuotes('Lena Brandt of Fair Fares Now said the rise was unjust.')).toEqual([
      { content: 'the rise was unjust', cue: 'said', speaker: 'Lena Brandt of Fair Fares Now', entity: 'Lena Brandt', mode: 'indirect' },
    ]);
  });

  it('keeps "Now" in an inverted speaker at the end of the sentence', () => {
    expect(resolvedQuotes('“This is robbery,” said Lena Brandt of Fair Fares Now.')).toEqual([
      { content: '“This is robbery,”', cue: 'said', speaker: 'Lena Brandt of Fair Fares Now', entity: 'Lena Brandt', mode: 'direct' },
    ]);
  });

  it('names a journal in full', () => {
    const names = analyze({ text: 'The results appeared Monday in the journal Ocean Science Today.' }).entities.map((entity) => entity.name);
    expect(names).toContain('Ocean Science Today');
  });

  it('leaves "now" an adverb after a name in lower case and in a title-case headline', () => {
    expect(resolvedQuotes('Lena Brandt now says the rise was unjust.')[0]?.speaker).toBe('Lena Brandt');
    expect(resolvedQuotes('Officials Now Say Fare Rise Was Unjust')[0]?.speaker).toBe('Officials');
  });
});
