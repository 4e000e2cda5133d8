/**
 * Clauses the writer adds after what was said, which end the content before them: a clause on a
 * place whose subject is a personal pronoun (", where she grew up").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a clause on a place with a pronoun subject', () => {
  it('ends a reported clause before ", where she ..."', () => {
    expect(quotesIn('Mira Dunne said the count went well in Holt County, where she grew up.')).toEqual([
      { content: 'the count went well in Holt County', cue: 'said', speaker: 'Mira Dunne' },
    ]);
  });

  it('ends a belief before ", where he ..."', () => {
    expect(quotesIn('Mira Dunne believes the levy will pass in Tarn, where he lost last year.')).toEqual([
      { content: 'the levy will pass in Tarn', cue: 'believes', speaker: 'Mira Dunne' },
    ]);
  });

  it('keeps a clause on a place with a noun phrase as its subject', () => {
    expect(quotesIn('Mira Dunne said the count went well in Holt County, where the ferry still runs twice a day.')).toEqual([
      { content: 'the count went well in Holt County, where the ferry still runs twice a day', cue: 'said', speaker: 'Mira Dunne' },
    ]);
  });
});
