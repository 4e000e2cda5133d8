/**
 * "Many among the delegates believe ...", "Some inside the campaign worry that ...": a quantifier
 * standing alone before "among", "within" or "inside" and a body or group of people is one
 * subject, the members it counts, as it is before "in", "on" or "at"; the speaker is not the body
 * after the preposition.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a quantifier before "among", "within" or "inside"', () => {
  it('takes the body or group as where its members are', () => {
    expect(spokenQuotes('Many among the growers believe the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'believe', speaker: 'Many among the growers' },
    ]);
    expect(spokenQuotes('Some inside the union worry that the strike fund will run dry.')).toEqual([
      { content: 'the strike fund will run dry', cue: 'worry', speaker: 'Some inside the union' },
    ]);
  });
});
