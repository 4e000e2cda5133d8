/**
 * "The dam held (it was built in 1950, officials said).": a statement whose speaker and cue follow
 * it inside a parenthesis still open before the speaker starts after the opening parenthesis; the
 * words before it are the writer's sentence, not what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a statement with its cue after it inside a parenthesis', () => {
  it('starts after the parenthesis when reported', () => {
    expect(spokenQuotes('The ferry kept running all winter (it lost money on every crossing, the port board said).')).toEqual([
      { content: 'it lost money on every crossing', cue: 'said', speaker: 'the port board' },
    ]);
  });

  it('starts after the parenthesis when quoted', () => {
    expect(spokenQuotes('Turnout fell in the hill towns ("People just stayed home," a poll worker in Vell said).')).toEqual([
      { content: '"People just stayed home,"', cue: 'said', speaker: 'a poll worker in Vell' },
    ]);
  });
});
