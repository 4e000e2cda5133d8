/**
 * A claim named by a noun of saying with a that-clause inside a longer sentence ("his claim that
 * ...") ends at its first comma or dash: what follows belongs to the sentence, not to the claim.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a that-clause after a noun of saying', () => {
  it('ends at a comma', () => {
    expect(quotesIn('Growers are still uneasy about his statement that the dam leaks, and his refusal to pay for repairs.')).toContainEqual({
      content: 'the dam leaks',
      cue: 'statement',
      speaker: 'his',
    });
  });

  it('ends at a dash', () => {
    expect(quotesIn('Aides tried to distance the mayor from her suggestion that the port could close — while still praising her.')).toContainEqual({
      content: 'the port could close',
      cue: 'suggestion',
      speaker: 'her',
    });
  });

  it('keeps the comma that closes an adjunct the claim opens with', () => {
    expect(quotesIn('Voters balked at her argument that to pay for the new ferries, the town must raise fares.')).toContainEqual({
      content: 'to pay for the new ferries, the town must raise fares',
      cue: 'argument',
      speaker: 'her',
    });
  });
});
