/**
 * "is looking to ...": the progressive of an aim, read after "be" like "willing to"; "looking"
 * anywhere else (after a comma, before "for") is no cue and ends nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"be looking to"', () => {
  it('reads the infinitive after "is looking to"', () => {
    expect(quotesIn('Mayor Tova Kell is looking to win the harbor vote.')).toEqual([
      { content: 'to win the harbor vote', cue: 'looking', speaker: 'Mayor Tova Kell' },
    ]);
  });

  it('reads it after a plural subject and "were"', () => {
    expect(quotesIn('The growers were looking to delay the levy until May.')).toEqual([
      { content: 'to delay the levy until May', cue: 'looking', speaker: 'The growers' },
    ]);
  });

  it('reads nothing when "looking to" takes a noun', () => {
    expect(quotesIn('Ana Pike was looking to the spring fair.')).toEqual([]);
  });

  it('keeps a participle "looking" after a comma inside what was said', () => {
    expect(quotesIn('Ruiz told the clerks that he searched the ledgers of rival firms, looking for weak spots.')).toEqual([
      { content: 'he searched the ledgers of rival firms, looking for weak spots', cue: 'told', speaker: 'Ruiz' },
    ]);
  });
});
