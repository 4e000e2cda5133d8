/**
 * A span of time counted from another moment that opens the sentence ("Minutes later,", "Less
 * than an hour later,", "Two days ago,") says when the speaker acted, not what was said: with no
 * verb in it, it is no statement of a cue that follows it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a fronted span of time before the speaker', () => {
  it('is no statement', () => {
    expect(quotesIn('Less than an hour later, the harbor master responded in a radio interview.')).toEqual([]);
    expect(quotesIn('Hours later, the ministry responded with a statement of its own.')).toEqual([]);
  });

  it('leaves a clause that ends in "later" alone', () => {
    expect(quotesIn('The second wave came two hours later, the harbor master said.')).toEqual([
      { content: 'The second wave came two hours later', cue: 'said', speaker: 'the harbor master' },
    ]);
  });
});
