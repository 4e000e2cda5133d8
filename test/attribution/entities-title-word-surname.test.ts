/**
 * "Karen Bishop, a council aide, said ... “...,” Bishop said.": a surname that is also a title
 * word (Bishop, King, Cardinal) after a listed given name, or after any plain capitalised
 * word when the pair stands before a person's appositive ("Oriel Cardinal, a county clerk,"), is part
 * of the person's name, and the surname alone later, capitalised and without an article, is that
 * person again. "The bishop" with an article stays a description.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a surname that is a title word', () => {
  it('names the person with the given name and again alone', () => {
    const text = 'Karen Bishop, a council aide, said the vote was delayed. “We need another week,” Bishop said.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the vote was delayed', cue: 'said', speaker: 'Karen Bishop, a council aide', entity: 'Karen Bishop', mode: 'indirect' },
      { content: '“We need another week,”', cue: 'said', speaker: 'Bishop', entity: 'Karen Bishop', mode: 'direct' },
    ]);
    expect(analyze({ text }).entities.map((entity) => entity.name)).toEqual(['Karen Bishop']);
  });

  it('takes up a full name whose last word is a royal title', () => {
    const text = 'Peter King said the bridge would reopen in May. King added that the tolls would stay.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the bridge would reopen in May', cue: 'said', speaker: 'Peter King', entity: 'Peter King', mode: 'indirect' },
      { content: 'the tolls would stay', cue: 'added', speaker: 'King', entity: 'Peter King', mode: 'indirect' },
    ]);
  });

  it('reads an unlisted given name before a person\'s appositive as a name', () => {
    const text = 'Oriel Cardinal, a county clerk, said the ballots were counted twice. Cardinal added that no errors were found.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Oriel Cardinal, a county clerk', 'Oriel Cardinal'],
      ['Cardinal', 'Oriel Cardinal'],
    ]);
  });

  it('leaves a title with an article a description', () => {
    const text = 'The Bishop said the parish would close. “It is a sad day,” the bishop said.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['The Bishop', 'The Bishop']);
  });
});
