/**
 * "Lind said the board had “very clearly” rejected the plan": a short quotation that ends on a
 * word, inside a clause that opened before it, is part of that clause; a verb of saying right
 * after it is the clause's own verb, not an inverted cue ("“Q,” said X") with the phrase after it
 * for speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a quoted phrase inside a clause before a verb of saying', () => {
  it('leaves the verb to the clause', () => {
    expect(spokenQuotes('The inspector told the paper that her team had "repeatedly" recommended more locks.')).toEqual([
      { content: 'her team had "repeatedly" recommended more locks', cue: 'told', speaker: 'The inspector' },
    ]);
    expect(spokenQuotes('The pilot said his crew had "many times" reported the fault.')).toEqual([
      { content: 'his crew had "many times" reported the fault', cue: 'said', speaker: 'The pilot' },
    ]);
  });

  it('still inverts after a quotation that opens the sentence', () => {
    expect(spokenQuotes('"We will rebuild" said the mayor.')).toEqual([{ content: '"We will rebuild"', cue: 'said', speaker: 'the mayor' }]);
  });
});
