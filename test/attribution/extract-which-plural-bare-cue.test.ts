/**
 * "..., several guilds, which argue that ...": a "which" after a plural noun and its comma takes
 * the bare present of a cue, as "who" and a restrictive "that" do, so the relative clause is a
 * statement of the noun it refers to.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statements } from './found-quotes.js';


describe('"which" with a bare cue after a plural noun', () => {
  it('attributes the clause to the noun before the comma', () => {
    expect(statements('The levy was opposed by several weavers\' guilds, which argue that imported cloth should carry it.')).toContainEqual({
      content: 'imported cloth should carry it',
      cue: 'argue',
      speaker: 'which',
      entity: "several weavers' guilds",
    });
  });

  it('does so before a clause without "that"', () => {
    expect(statements('The pier plan angered the ferry unions, which say the town never asked them.')).toContainEqual({
      content: 'the town never asked them',
      cue: 'say',
      speaker: 'which',
      entity: 'the ferry unions',
    });
  });

  it('leaves a bare form after a singular noun alone', () => {
    expect(statements('The pier plan angered the ferry union, which say the town never asked them.').map((s) => s.cue)).not.toContain('say');
  });
});
