/**
 * Replies, signs and ads that speak in a participle after them ("fired off a reply saying ...",
 * "held up a sign saying “...”"): a reply speaks for its author, a sign named with a determiner
 * for itself, and signs carried by a crowd for the crowd.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('documents that speak in a participle', () => {
  it('gives a sign held up its own words', () => {
    expect(quotesIn('Outside the hall, Mara Quill held up a sign saying "Ferries, Not Tolls." Others sang.')).toEqual([
      { content: '"Ferries, Not Tolls."', cue: 'saying', speaker: 'a sign' },
    ]);
  });

  it('gives signs carried by a crowd to the crowd', () => {
    expect(quotesIn('A crowd of dock workers gathered at the gate, carrying signs saying, "Pier today, gone tomorrow."')).toEqual([
      { content: '"Pier today, gone tomorrow."', cue: 'saying', speaker: 'A crowd of dock workers' },
    ]);
  });

  it('gives ads to the group that placed them', () => {
    expect(quotesIn('The growers bought radio time and placed ads calling the ferry deal a "costly blunder."')).toEqual([
      { content: 'the ferry deal a "costly blunder."', cue: 'calling', speaker: 'The growers' },
    ]);
  });
});
