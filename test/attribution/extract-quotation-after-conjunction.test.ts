/**
 * A quotation straight after "and", "but" or "because" goes on with what was said: the speaker's
 * own words joined to the reported clause are more of the same statement ("said the ferry had
 * drawn bids, but “neither bid met the rules”"). A conjunction followed by a new subject and a cue
 * still ends it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation after a conjunction', () => {
  it('carries the reported clause on', () => {
    expect(quotesIn('Mara Voss said the ferry had drawn bids from two yards, but “neither bid met the safety rules.”')).toEqual([
      { content: 'the ferry had drawn bids from two yards, but “neither bid met the safety rules.”', cue: 'said', speaker: 'Mara Voss' },
    ]);
    expect(quotesIn('The Orsk co-op said its members had backed the levy, and "we expect the vote to hold."')).toEqual([
      { content: 'its members had backed the levy, and "we expect the vote to hold."', cue: 'said', speaker: 'The Orsk co-op' },
    ]);
  });

  it('still ends the clause before a new speaker', () => {
    expect(quotesIn('Voss said the pier was safe, and Dorran called it “a fine old pier.”')).toEqual([
      { content: 'the pier was safe', cue: 'said', speaker: 'Voss' },
      { content: 'it “a fine old pier.”', cue: 'called', speaker: 'Dorran' },
    ]);
  });
});
