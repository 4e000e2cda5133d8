import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

/**
 * What a restrictive relative clause with an object gap holds ("whom the council named treasurer",
 * "which critics call cruel"), read from its relative pronoun, ends before the sentence's own
 * predicate, so the statement of the sentence's subject is read after it.
 */
describe('an object relative clause on the subject', () => {
  it('ends before the main verb, which is read as a statement of its own', () => {
    expect(spokenQuotes('The clerk whom the board named treasurer said the books were sound.')).toEqual([
      { content: 'whom the board named treasurer', cue: 'named', speaker: 'the board' },
      { content: 'the books were sound', cue: 'said', speaker: 'The clerk whom the board named treasurer' },
    ]);
  });

  it('ends before a main verb that is no cue', () => {
    expect(spokenQuotes('A levy which farmers call unfair was dropped in May.')).toEqual([{ content: 'which farmers call unfair', cue: 'call', speaker: 'farmers' }]);
  });
});
