/**
 * "Polls show the mayor ahead, and many Democrats believe the race is over": a capitalised plural
 * of a group's members ("Democrats", "Republicans") before the bare form of a cue after ", and"
 * opens a new attribution, as a lower-case plural does ("..., and hospital managers fear it
 * could spread"); the first content ends at the comma and the second is its own statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a capitalised plural subject with a bare cue after ", and"', () => {
  it('ends the content before it and reads its own statement', () => {
    expect(spokenQuotes('Ostrova said the tally was slow, and Republicans think the count will run into Friday.')).toEqual([
      { content: 'the tally was slow', cue: 'said', speaker: 'Ostrova' },
      { content: 'the count will run into Friday', cue: 'think', speaker: 'Republicans' },
    ]);
    expect(spokenQuotes('Ostrova said the turnout was low, and some Democrats believe the rain kept voters home.')).toEqual([
      { content: 'the turnout was low', cue: 'said', speaker: 'Ostrova' },
      { content: 'the rain kept voters home', cue: 'believe', speaker: 'some Democrats' },
    ]);
  });
});
