import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

/**
 * A speaker with a reduced relative that names an agent and then a listener or a place ("A
 * letter sent by the growers to the council says") is the head before the participle, not the
 * phrase after the last preposition.
 */
describe('an agent and a place after a participle on the speaker', () => {
  it('keeps the head when a listener follows the agent', () => {
    expect(spokenQuotes('A petition signed by the tenants to the housing board says the rents are unlawful.')).toEqual([
      { content: 'the rents are unlawful', cue: 'says', speaker: 'A petition signed by the tenants to the housing board' },
    ]);
  });

  it('keeps the head when a place follows the agent', () => {
    expect(spokenQuotes('A notice pinned by the landlord on the front door says the water will be cut.')).toEqual([
      { content: 'the water will be cut', cue: 'says', speaker: 'A notice pinned by the landlord on the front door' },
    ]);
  });
});
