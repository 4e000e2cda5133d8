/**
 * "The agency quoted him on Monday as saying ...": a time adjunct between the one quoted and "as"
 * with a cue of speaking in "-ing" does not end what "quoted" names; the object goes on through
 * "as saying" to what the one quoted said, as it does with no time there ("quoted him as saying").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"quoted X" with a time adjunct before "as saying"', () => {
  it('keeps what follows the time after a pronoun', () => {
    expect(spokenQuotes('The wire service quoted her on Tuesday as telling farmers that the canal would reopen.')).toEqual([
      { content: 'her on Tuesday as telling farmers that the canal would reopen', cue: 'quoted', speaker: 'The wire service' },
    ]);
    expect(spokenQuotes('State radio quoted him last week as saying the talks had failed.')).toEqual([
      { content: 'him last week as saying the talks had failed', cue: 'quoted', speaker: 'State radio' },
    ]);
  });

  it('still ends a pronoun object before an adjunct of the act', () => {
    expect(spokenQuotes('The senator mocked him on Friday.')).toEqual([{ content: 'him', cue: 'mocked', speaker: 'The senator' }]);
  });
});
