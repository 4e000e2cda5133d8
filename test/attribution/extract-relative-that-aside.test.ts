/**
 * "a flaw that, it said, attackers had exploited": an attribution set off by commas right after
 * a relative "that" interrupts the relative clause, which is what was said; the sentence's own
 * statement before it ("urged hospitals to patch a flaw") is kept, not swallowed.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an attribution inside a relative clause opened by "that"', () => {
  const found = spokenQuotes('The agency urged clinics to patch a flaw that, it said, raiders had exploited.');

  it('reads the relative clause as what was said', () => {
    expect(found).toContainEqual({ content: 'that, it said, raiders had exploited', cue: 'said', speaker: 'it' });
  });

  it('keeps the statement of the main clause', () => {
    expect(found.find((q) => q.cue === 'urged')?.content.startsWith('clinics to patch a flaw')).toBe(true);
  });
});
