/**
 * "Two aides who clashed with the manager during the primary said ...": "during" is a
 * preposition, not the "-ing" form of a verb, so the phrase before it is no reduced relative
 * ("An aide speaking to the paper said"); the speaker is the subject the relative clause
 * belongs to, not the phrase right before "during".
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('"during" inside a relative clause on the speaker', () => {
  it('leaves the relative clause with its head', () => {
    expect(attributedQuotes('Two volunteers who worked with the pastor during the flood said the shelter ran out of beds.')).toEqual([
      { content: 'the shelter ran out of beds', cue: 'said', speaker: 'Two volunteers who worked with the pastor during the flood', entity: 'Two volunteers' },
    ]);
  });
});
