/**
 * "The news site Byteline reported ...", "the newsletter Tally said": a site, a blog, a newsletter
 * or an outlet named before a name says the name is an outlet's, as "the newspaper" does.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('a site, a blog or a newsletter before a name', () => {
  it('makes the name an outlet', () => {
    expect(typedQuotes('The news site Quillpost reported that the mill would close.')).toEqual([{ content: 'the mill would close', cue: 'reported', speaker: 'The news site Quillpost', kind: 'outlet' }]);
    expect(typedQuotes('The newsletter Tally said the deal was off.')).toEqual([{ content: 'the deal was off', cue: 'said', speaker: 'The newsletter Tally', kind: 'outlet' }]);
    expect(typedQuotes('The blog Ferrowatch reported that the mayor had resigned.')).toEqual([{ content: 'the mayor had resigned', cue: 'reported', speaker: 'The blog Ferrowatch', kind: 'outlet' }]);
  });
});
