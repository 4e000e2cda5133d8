/**
 * "Asked whether he was confident the crew would be found, Roe paused": an attitude named by an
 * adjective after "be" ("was confident that ...") is held by its subject only when stated; put as
 * a question after "whether", it is held by no one and is no belief.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an attitude put as a question', () => {
  it('is no belief of its subject', () => {
    expect(spokenQuotes('Asked whether she was confident the crew would be found, Roe paused.')).toEqual([{ content: 'whether she was confident the crew would be found', cue: 'Asked' }]);
    expect(spokenQuotes('The vote turns on whether the board is hopeful that the levy will pass.')).toEqual([]);
  });

  it('is still a belief when stated', () => {
    expect(spokenQuotes('Roe was confident the crew would be found alive.')).toEqual([{ content: 'the crew would be found alive', cue: 'confident', speaker: 'Roe' }]);
  });
});
