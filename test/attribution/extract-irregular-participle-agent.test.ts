import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A speaker modified by a reduced relative with an agent ("The family of a man shot by a
 * deputy said") is the whole phrase, not the agent: irregular participles of harm ("shot",
 * "struck", "stolen") open such relatives as "killed" does, and so does a participle with the
 * state it left its object in ("shot dead by", "beaten unconscious by").
 */
describe('a reduced relative with an irregular participle before the cue', () => {
  it('keeps the head before "shot by"', () => {
    expect(resolvedQuotes('The widow of a farmer shot by a deputy said the inquiry was a sham.')).toEqual([
      { content: 'the inquiry was a sham', cue: 'said', speaker: 'The widow of a farmer shot by a deputy', entity: 'The widow of a farmer', mode: 'indirect' },
    ]);
  });

  it('keeps the head before "shot dead by"', () => {
    expect(resolvedQuotes('The parents of a boy shot dead by a sniper on Friday said they wanted answers.')).toEqual([
      { content: 'they wanted answers', cue: 'said', speaker: 'The parents of a boy shot dead by a sniper', entity: 'The parents of a boy', mode: 'indirect' },
    ]);
  });

  it('keeps the head before "beaten unconscious by"', () => {
    expect(resolvedQuotes('A cashier beaten unconscious by the robbers said she remembered nothing.')).toEqual([
      { content: 'she remembered nothing', cue: 'said', speaker: 'A cashier beaten unconscious by the robbers', entity: 'A cashier', mode: 'indirect' },
    ]);
  });
});
