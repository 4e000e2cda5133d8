/**
 * After a cue that takes an object, "that" before a lone singular noun with no verb of its own (the
 * sentence ends, or a comma and a free participle follow) is the noun's determiner: the phrase is
 * what the cue names, not a clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"that" and a lone noun after a cue that takes an object', () => {
  it('names "that claim" as what was denied before a participle', () => {
    expect(quotesIn('The gallery denied that claim, insisting its audit began in March.')).toEqual([
      { content: 'that claim', cue: 'denied', speaker: 'The gallery' },
      { content: 'its audit began in March', cue: 'insisting', speaker: 'The gallery' },
    ]);
  });

  it('names "that estimate" at the end of the sentence', () => {
    expect(quotesIn('Councillor Bram Oakes questioned that estimate.')).toEqual([
      { content: 'that estimate', cue: 'questioned', speaker: 'Councillor Bram Oakes' },
    ]);
  });

  it('keeps a clause whose subject "that" determines', () => {
    expect(quotesIn('Oakes denied that claim had any merit.')).toEqual([
      { content: 'that claim had any merit', cue: 'denied', speaker: 'Oakes' },
    ]);
  });
});
