/**
 * "and supports ..." after a reported clause goes on with what was said: the speaker's backing
 * is part of the report, not a statement of its own; other cues after "and" still start one.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"and supports" inside a reported clause', () => {
  it('keeps "and supports ..." with the clause before it', () => {
    expect(quotesIn("Ana Ruiz, the head of the growers' league, said the league is not a party group and supports candidates of both parties.")).toEqual([
      { content: 'the league is not a party group and supports candidates of both parties', cue: 'said', speaker: "Ana Ruiz, the head of the growers' league" },
    ]);
  });

  it('keeps "but supports ..." with it too', () => {
    expect(quotesIn('Mayor Tull has said that she wants a $12 fare on the ferry but supports towns that charge less.')).toEqual([
      { content: 'she wants a $12 fare on the ferry but supports towns that charge less', cue: 'said', speaker: 'Mayor Tull' },
    ]);
  });

  it('still starts a statement of its own at "and praised"', () => {
    expect(quotesIn('Kell said the dam was safe and praised the engineers.')).toEqual([
      { content: 'the dam was safe', cue: 'said', speaker: 'Kell' },
      { content: 'the engineers', cue: 'praised', speaker: 'Kell' },
    ]);
  });
});
