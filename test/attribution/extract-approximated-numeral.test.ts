/**
 * "The rangers said about 3,000 hikers came and that ...": "about" (or "around", "nearly")
 * before a numeral makes the number approximate and opens the clause's subject; it is no
 * preposition opening an adjunct, so the "that" of a second, coordinated clause does not become
 * the start of what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an approximated numeral right after a cue', () => {
  it('opens the first of two coordinated clauses', () => {
    expect(spokenQuotes('The rangers said about 3,000 hikers crossed the ridge and that none were lost.')).toEqual([
      { content: 'about 3,000 hikers crossed the ridge and that none were lost', cue: 'said', speaker: 'The rangers' },
    ]);
  });

  it('does so for a number in words', () => {
    expect(spokenQuotes('Orla Vance said about two thousand fans took part and that the match went on.')).toEqual([
      { content: 'about two thousand fans took part and that the match went on', cue: 'said', speaker: 'Orla Vance' },
    ]);
  });

  it('leaves "about" before a noun phrase as the topic of the statement', () => {
    expect(spokenQuotes('The rangers said about the ridge that it was closed.')).toEqual([
      { content: 'it was closed', cue: 'said', speaker: 'The rangers' },
    ]);
  });
});
