/**
 * A relative clause between commas on the subject of what was said ("said the forecast, which
 * calls for flat sales, suggested that ...") does not end the statement: the main verb after it,
 * even a verb of saying, goes on with the content. After a name ("Kell, who lost, called for
 * ..."), the verb starts a statement of the name's own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause on the subject of the content', () => {
  it('runs the content on to the main verb after it', () => {
    expect(quotesIn('The analyst said the budget, which assumes higher fares, showed that the ferry service was losing money.')).toEqual([
      {
        content: 'the budget, which assumes higher fares, showed that the ferry service was losing money',
        cue: 'said',
        speaker: 'The analyst',
      },
    ]);
  });

  it('leaves a named subject with a relative clause to speak for itself', () => {
    const found = quotesIn('Some members said they feared a repeat of 2019, when Ivo Kell, who had lost the vote, called for a walkout.');
    expect(found.map((quote) => quote.cue)).toEqual(['said', 'called for']);
  });
});
