/**
 * A subject with a reduced relative clause in "-ing" before its verb of saying: "Growers backing
 * the levy said ...", "An aide speaking to the paper said ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('subjects with a reduced relative clause in -ing', () => {
  it('gives the statement to the whole subject, not to the object of the participle', () => {
    expect(quotesIn('An aide speaking to the Courier said the vote would be close.')).toContainEqual({
      content: 'the vote would be close',
      cue: 'said',
      speaker: 'An aide speaking to the Courier',
    });
    expect(quotesIn('Islanders living on the coast say the fares are too high.')).toContainEqual({
      content: 'the fares are too high',
      cue: 'say',
      speaker: 'Islanders living on the coast',
    });
  });

  it('leaves a participle that works as a preposition alone', () => {
    expect(quotesIn('The storm following the drought said little about the harvest.')).not.toContainEqual(
      expect.objectContaining({ speaker: 'The storm following the drought' }),
    );
  });
});
