/**
 * ", beating estimates." closes a sentence with a participle and its object: the lone "-ing"
 * word is no subject, and the plural noun after it ("estimates", "fears", "warnings") no verb
 * of saying. A gerund that is a subject ("polling shows") still attributes.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle with a plural noun after a comma', () => {
  it('reads no statement from ", beating estimates"', () => {
    expect(quotesIn('Orland Pumps said its orders climbed 6 percent, beating estimates.')).toEqual([
      { content: 'its orders climbed 6 percent', cue: 'said', speaker: 'Orland Pumps' },
    ]);
    expect(quotesIn('Ferry bookings doubled in July, exceeding estimates.')).toEqual([]);
  });

  it('still reads a gerund subject before a verb', () => {
    expect(quotesIn('Mayor Tobin trails in the east, polling shows.')).toEqual([
      { content: 'Mayor Tobin trails in the east', cue: 'shows', speaker: 'polling' },
    ]);
  });
});
