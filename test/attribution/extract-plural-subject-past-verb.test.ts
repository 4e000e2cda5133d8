/**
 * "According to the log, the pilots reported ice twice, but the tower never logged it": after a
 * plural noun, a past form followed by its object is the clause's verb, not an adjective inside
 * one long noun phrase, so the comma after that clause is no appositive's end and the source
 * stays the words after "according to". A past form with a preposition after it ("polls
 * conducted for the board") still opens a reduced relative on the noun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a past form with an object after a plural noun', () => {
  it('is the verb of the clause a fronted source covers', () => {
    expect(spokenQuotes('According to the ferry log, the pilots reported ice twice, but the tower never logged it.')).toEqual([
      { content: 'the pilots reported ice twice, but the tower never logged it', cue: 'According to', speaker: 'the ferry log' },
    ]);
  });

  it('ends what was announced before a second clause after a comma', () => {
    expect(spokenQuotes('Weeks after Mayor Tova Renn announced the depot would not close, inspectors sealed its gates.')).toEqual([
      { content: 'the depot would not close', cue: 'announced', speaker: 'Mayor Tova Renn' },
    ]);
  });
});
