/**
 * "would like to ...": a wish read like "wants to ...", with the infinitive as what is wished.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"would like to"', () => {
  it('reads the infinitive after "would like" as what is wished', () => {
    expect(quotesIn('Mayor Oren Kell would like to see the ferry levy repealed.')).toEqual([
      { content: 'to see the ferry levy repealed', cue: 'would like', speaker: 'Mayor Oren Kell' },
    ]);
  });

  it('reads "would like" after a pronoun subject', () => {
    expect(quotesIn('Ana Lind spoke at the harbor. She would like to run for the county board.')).toEqual([
      { content: 'to run for the county board', cue: 'would like', speaker: 'She' },
    ]);
  });

  it('leaves "would like" without an infinitive unread', () => {
    expect(quotesIn('The growers would like more ferries.')).toEqual([]);
  });
});
