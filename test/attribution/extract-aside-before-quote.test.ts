/**
 * A short aside of adverbs or words of time between a cue and the quotation after its comma
 * is the writer's: "Lind replied evenly, “...”", "Mora acknowledged, however, “...”".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an aside between the cue and a quotation', () => {
  it('leaves a manner adverb out of the quotation', () => {
    expect(quotesIn('Lind replied evenly, "I think Kell knows the levy is unfair."')).toEqual([
      { content: '"I think Kell knows the levy is unfair."', cue: 'replied', speaker: 'Lind' },
    ]);
  });

  it('leaves a connective between commas out', () => {
    expect(quotesIn('Mora acknowledged, however, “Past harvests are no guide to this one.”')).toEqual([
      { content: '“Past harvests are no guide to this one.”', cue: 'acknowledged', speaker: 'Mora' },
    ]);
  });

  it('leaves a time phrase out, also after a cue that takes a quotation but no bare clause', () => {
    expect(quotesIn('Lind stated a day earlier, “If Kell wins, we will fight the levy.”')).toEqual([
      { content: '“If Kell wins, we will fight the levy.”', cue: 'stated', speaker: 'Lind' },
    ]);
    expect(quotesIn('Mora then writes back, “You look ready for the vote.”')).toEqual([
      { content: '“You look ready for the vote.”', cue: 'writes', speaker: 'Mora' },
    ]);
  });

  it('keeps a phrase that names what was said', () => {
    expect(quotesIn('She added the words, “Ana Lind for mayor.”').map((q) => q.content)).toEqual(['the words, “Ana Lind for mayor.”']);
  });
});
