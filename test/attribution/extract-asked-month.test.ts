/**
 * The question after a bare or passive "asked" starts at its question word also when a month
 * named like a modal ("May") stands between them.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a question after "asked in May"', () => {
  it('starts at "if" after the month', () => {
    expect(quotesIn('Vega shrugged when asked in April if she might back Ruiz.')).toEqual([
      { content: 'if she might back Ruiz', cue: 'asked', mode: 'indirect' },
    ]);
  });

  it('starts at "whether" after the month and ends at the fronted question\'s comma', () => {
    expect(quotesIn('Asked in May whether the levy would pass, Vega smiled.')).toEqual([
      { content: 'whether the levy would pass', cue: 'Asked', mode: 'indirect' },
    ]);
  });

  it('still starts at "if" right after the cue', () => {
    expect(quotesIn('Vega was asked if the levy would pass.')).toEqual([
      { content: 'if the levy would pass', cue: 'asked', mode: 'indirect' },
    ]);
  });
});
