/**
 * "Survivor of Himalayan avalanche: “...”", "Widow of Danish sailor: “...”": in a headline whose
 * speaker phrase ends in a lower-case head, a capitalised word inside it only modifies that head,
 * so the whole phrase speaks; before, the speaker was cut down to the capitalised word and the
 * head ("Himalayan avalanche"). A name that ends the phrase is still the speaker ("Fed Chair Ana
 * Lind: “...”").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a headline speaker ending in a lower-case head', () => {
  it('keeps the whole phrase', () => {
    expect(spokenQuotes('Widow of Danish trawlerman: "He knew the sea was rising"\n\nThe body was found on Monday.')).toEqual([
      { content: '"He knew the sea was rising"', cue: ':', speaker: 'Widow of Danish trawlerman' },
    ]);
  });

  it('still takes the name that ends the phrase', () => {
    expect(spokenQuotes('Port Chair Ana Lind: "The cranes will stay"\n\nThe board met on Monday.')).toEqual([{ content: '"The cranes will stay"', cue: ':', speaker: 'Ana Lind' }]);
  });
});
