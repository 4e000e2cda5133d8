/**
 * A share of voters that "would vote for" or "voted for" someone states its choice, and the one
 * voted for is the content; a vote by anyone else is an act, not a statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a share that votes for someone', () => {
  it('reports whom the share would vote for, without the office', () => {
    expect(quotesIn('Among growers, 56 percent would vote for Tom Lind for mayor.')).toEqual([
      { content: 'Tom Lind', cue: 'vote for', speaker: '56 percent' },
    ]);
  });

  it('reads a spelled-out share, an "of" phrase and a participle after the choice', () => {
    expect(quotesIn('Thirty-seven percent would vote for Dana Pell, followed by Ray Kell with 20 percent.')).toEqual([
      { content: 'Dana Pell', cue: 'vote for', speaker: 'Thirty-seven percent' },
    ]);
    expect(quotesIn('Nearly 12 percent of them voted for Ray Kell.')).toEqual([
      { content: 'Ray Kell', cue: 'voted for', speaker: 'Nearly 12 percent of them' },
    ]);
  });

  it('leaves a vote by a person alone', () => {
    expect(quotesIn('Lind voted for Ray Kell in the primary.')).toEqual([]);
  });
});
