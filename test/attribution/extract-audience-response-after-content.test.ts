/**
 * "The mayor said the dam would be rebuilt, to applause from the crowd", "said she did, to loud
 * cheers": "to" and a sound an audience makes (perhaps after one adjective) is the writer's account
 * of how the words were received; what was said ends before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an audience response after what was said', () => {
  it('is no part of the content', () => {
    expect(spokenQuotes('The governor said the bridge would reopen, to applause from the crowd.')).toEqual([
      { content: 'the bridge would reopen', cue: 'said', speaker: 'The governor' },
    ]);
    expect(spokenQuotes('Ruiz said she would stand again to loud cheers.')).toEqual([{ content: 'she would stand again', cue: 'said', speaker: 'Ruiz' }]);
  });
});
