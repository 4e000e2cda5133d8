/**
 * Impressions ("seems", "appeared to") need a subject inside their clause, and an infinitive
 * cue needs a verb after "to".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('impressions without a subject of their own', () => {
  it('reads an impression with its subject', () => {
    expect(quotesIn('The ferry board seemed to be losing patience with the growers.')).toEqual([
      { content: 'The ferry board seemed to be losing patience with the growers', cue: 'seemed' },
    ]);
  });

  it('reads "This seems like ..." with its demonstrative subject', () => {
    expect(quotesIn('This seems like a fair deal for the harbor towns.')).toEqual([
      { content: 'This seems like a fair deal for the harbor towns', cue: 'seems' },
    ]);
  });

  it('leaves a relative clause with only adverbs before the verb unread', () => {
    expect(quotesIn('Ana Lind drafted a levy that now seems certain to fail in the county board.')).toEqual([]);
    expect(quotesIn('The growers fought a toll that does not seem fair to the island families.')).toEqual([]);
  });

  it('leaves a free relative with "what" as the subject unread', () => {
    expect(quotesIn('What seemed most likely was a deal between the growers and the ferry board.')).toEqual([]);
    expect(quotesIn('By the spring, what seemed a quiet race for the harbor seat had turned bitter.')).toEqual([]);
  });
});

describe('a stranded "to"', () => {
  it('reads no wish from "to" without a verb', () => {
    expect(quotesIn('The growers could pick any port they wanted to, or none at all.')).toEqual([]);
  });

  it('still reads the infinitive when a verb follows', () => {
    expect(quotesIn('Oren Kell wanted to leave the ferry board.')).toEqual([
      { content: 'to leave the ferry board', cue: 'wanted', speaker: 'Oren Kell' },
    ]);
  });
});
