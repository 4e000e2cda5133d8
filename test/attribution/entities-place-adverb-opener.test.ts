/**
 * "Nearby, a vendor, Rosa Vidal, said ...", "Afterward, the coach, Ian Moss, said ...": an adverb
 * of place or time that opens the sentence before a comma is no name, so the speaker is the
 * description and the name in apposition to it, not the adverb.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('an adverb of place or time before an appositive speaker', () => {
  it('is not taken for the name the appositives describe', () => {
    expect(attributedQuotes('Nearby, a vendor, Rosa Vidal, said she had sold nothing all week.')).toEqual([
      { content: 'she had sold nothing all week', cue: 'said', speaker: 'a vendor, Rosa Vidal', entity: 'Rosa Vidal' },
    ]);
    expect(attributedQuotes('Afterward, the coach, Ian Moss, said the pitch had been too wet.')).toEqual([
      { content: 'the pitch had been too wet', cue: 'said', speaker: 'the coach, Ian Moss', entity: 'Ian Moss' },
    ]);
    expect(attributedQuotes('Outside, a steward, Tom Okafor, said the gates would stay shut.')).toEqual([
      { content: 'the gates would stay shut', cue: 'said', speaker: 'a steward, Tom Okafor', entity: 'Tom Okafor' },
    ]);
  });
});
