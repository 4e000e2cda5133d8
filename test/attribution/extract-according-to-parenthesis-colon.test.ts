/**
 * A source named after its statement covers only the part of the sentence it closes: inside a
 * parenthesis still open before "according to", what the parenthesis holds; after a colon that
 * opens a clause, that clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"according to" after a parenthesis or a colon', () => {
  it('reads only the words inside the parenthesis', () => {
    expect(quotesIn('Farms in the Tarrow valley are small (most have fewer than 40 acres, according to the county).')).toEqual([
      { content: 'most have fewer than 40 acres', cue: 'according to', speaker: 'the county' },
    ]);
  });

  it('reads only the clause after the colon', () => {
    expect(quotesIn('The ferry levy has not hurt trade: exports rose 4 percent last year, according to the port office.')).toEqual([
      { content: 'exports rose 4 percent last year', cue: 'according to', speaker: 'the port office' },
    ]);
  });

  it('keeps the whole clause when the parenthesis closes before the source', () => {
    expect(quotesIn('Mayor Ilse Varga (a former grower) cut the toll in May, according to the port office.')).toEqual([
      { content: 'Mayor Ilse Varga (a former grower) cut the toll in May', cue: 'according to', speaker: 'the port office' },
    ]);
  });

  it('keeps the whole clause when a list follows the colon', () => {
    expect(quotesIn('Three towns lost their ferries: Dunmore, Tarrow and Vale, according to the port office.')).toEqual([
      { content: 'Three towns lost their ferries: Dunmore, Tarrow and Vale', cue: 'according to', speaker: 'the port office' },
    ]);
  });
});
