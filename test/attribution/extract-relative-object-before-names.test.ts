/**
 * "Two members who voted against the levy, Ana Lind and Tom Reyes, said ...": what a relative
 * clause on the subject names ends at the comma before the names in apposition to the subject
 * when the main verb of saying follows them; the names are no part of it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative clause on the subject before names in apposition', () => {
  it('ends the relative clause\'s object at the comma', () => {
    expect(spokenQuotes('Two wardens who voted against the levy, Ana Lind and Tom Reyes, said the count was wrong.')).toEqual([
      { content: 'the levy', cue: 'voted against', speaker: 'who' },
      { content: 'the count was wrong', cue: 'said', speaker: 'Two wardens who voted against the levy, Ana Lind and Tom Reyes' },
    ]);
    expect(spokenQuotes('The warden who opposed the levy, Tom Reyes, said the count was wrong.')).toEqual([
      { content: 'the levy', cue: 'opposed', speaker: 'who' },
      { content: 'the count was wrong', cue: 'said', speaker: 'The warden who opposed the levy, Tom Reyes' },
    ]);
  });
});
