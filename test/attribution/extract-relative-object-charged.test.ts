/**
 * "the mill, which he accused of dumping steel", "the coach, whom Kell blamed for the loss": a
 * relative pronoun that is the object of a one-word object cue, before "of", "for" or "with" and
 * what the object is charged or praised with, is what was said, with the pronoun, as after "as"
 * ("whom he described as ..."). Only after a pronoun or a name: in "who deserves credit for" the
 * cue word is a noun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative object before what it is charged with', () => {
  it('is what was said, pronoun and all', () => {
    expect(spokenQuotes('The tariff hits the Ostrava mill, which he accused of dumping cheap steel, and two smaller plants.')).toEqual([
      { content: 'which he accused of dumping cheap steel', cue: 'accused', speaker: 'he' },
    ]);
    expect(spokenQuotes('The owner fired the coach, whom Ivo Kell blamed for the loss.')).toEqual([
      { content: 'whom Ivo Kell blamed for the loss', cue: 'blamed', speaker: 'Ivo Kell' },
    ]);
  });

  it('reads nothing where the cue word is a noun', () => {
    expect(spokenQuotes('It is the engineer who deserves credit for the new bridge.')).toEqual([]);
  });
});
