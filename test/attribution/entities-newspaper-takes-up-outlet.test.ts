/**
 * "The Harbour Gazette reported ... The newspaper said ...": "the newspaper", "the paper" or
 * "the magazine" takes up the outlet named in its own sentence or the two before, unless an
 * organization is named after that outlet; an outlet named further back is not reached.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('"the newspaper" after a named outlet', () => {
  it('resolves to the outlet', () => {
    expect(attributedQuotes('The Harbour Gazette reported that the ferry would be sold. The newspaper said the buyer was local.')).toEqual([
      { content: 'the ferry would be sold', cue: 'reported', speaker: 'The Harbour Gazette', entity: 'The Harbour Gazette' },
      { content: 'the buyer was local', cue: 'said', speaker: 'The newspaper', entity: 'The Harbour Gazette' },
    ]);
    expect(attributedQuotes('Traders polled by the Harbour Gazette had expected a cut, the paper reported.')).toEqual([
      { content: 'Traders polled by the Harbour Gazette had expected a cut', cue: 'reported', speaker: 'the paper', entity: 'The Harbour Gazette' },
    ]);
  });

  it('does not reach an outlet named long before', () => {
    const text = 'The Harbour Gazette reported that the ferry would be sold. The mayor met the crew. The crew went home. The harbor closed early. The newspaper said the buyer was local.';
    expect(attributedQuotes(text).at(-1)).toEqual({ content: 'the buyer was local', cue: 'said', speaker: 'The newspaper', entity: 'The newspaper' });
  });
});
