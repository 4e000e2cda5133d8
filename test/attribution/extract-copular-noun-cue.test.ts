/**
 * A noun of saying with its possessor before "be" and "that" names what was said, as "her claim
 * that" does: "Kell's answer was that ...". A possessive pronoun may open the sentence.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun of saying before "be" and "that"', () => {
  it('reads the clause after "was that" as what the possessor said', () => {
    expect(quotesIn('Ruiz’s response was that the county should never tax the ferry pier.')).toEqual([
      { content: 'the county should never tax the ferry pier', cue: 'response', speaker: 'Ruiz’s' },
    ]);
  });

  it('keeps a comma inside the clause, which runs to the end of the sentence', () => {
    expect(quotesIn('Pell’s point was that the harbor board, not the mayor, would need the votes.')).toEqual([
      { content: 'the harbor board, not the mayor, would need the votes', cue: 'point', speaker: 'Pell’s' },
    ]);
  });

  it('reads a possessive pronoun that opens the sentence', () => {
    expect(quotesIn('Their fear is that the ferry to Lundy will stop running in winter.')).toEqual([
      { content: 'the ferry to Lundy will stop running in winter', cue: 'fear', speaker: 'Their' },
    ]);
  });

  it('reads "his warning that" at the start of a sentence', () => {
    expect(quotesIn('His warning that the dock would flood, which the board dismissed, proved right.')).toEqual([
      { content: 'the dock would flood', cue: 'warning', speaker: 'His' },
    ]);
  });

  it('leaves a noun of saying without a possessor', () => {
    expect(quotesIn('One answer is that the ferry to Lundy will stop running in winter.')).toEqual([]);
  });
});
