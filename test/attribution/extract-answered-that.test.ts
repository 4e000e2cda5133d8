/**
 * "answered that ..." reports what was said in reply, as "replied that ..." does; "answered" with
 * a noun phrase (a charge, questions) names an act and no statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"answered that"', () => {
  it('reports the clause after it', () => {
    expect(quotesIn('Pressed on the missing funds, the harbor master answered that the ledgers had been lost in a flood.')).toEqual([
      { content: 'the ledgers had been lost in a flood', cue: 'answered', speaker: 'the harbor master' },
    ]);
  });

  it('is no cue before a noun phrase', () => {
    expect(quotesIn('Velka Morrow answered questions from the panel for two hours.')).toEqual([]);
  });
});
