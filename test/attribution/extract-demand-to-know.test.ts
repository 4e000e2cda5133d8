/**
 * "demanded to know why the ferry was late", "wanted to know whether the water was safe": a
 * question put with the wish to have it answered. "demand to know" and "want to know" are the cue,
 * and the wh-clause after them is what was asked, not an infinitive of intention.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"demanded to know" and "wanted to know" before a wh-clause', () => {
  it('reads the wh-clause as what was asked', () => {
    expect(spokenQuotes('Councillor Abebe demanded to know why the ferry contract had been extended without a vote.')).toEqual([
      { content: 'why the ferry contract had been extended without a vote', cue: 'demanded to know', speaker: 'Councillor Abebe' },
    ]);
    expect(spokenQuotes('Parents wanted to know whether the school would reopen in September.')).toEqual([
      { content: 'whether the school would reopen in September', cue: 'wanted to know', speaker: 'Parents' },
    ]);
  });
});
