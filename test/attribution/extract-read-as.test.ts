/**
 * "read as" tells how words were taken, not what was written: in "..., wording diplomats read
 * as a snub", "read" is no cue after the statement, which keeps its own speaker and cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"read as" after a statement', () => {
  it('leaves the statement to the cue before it', () => {
    expect(spokenQuotes('The embassy said it "strongly regretted" the vote, wording diplomats read as a snub.')).toEqual([
      { content: 'it "strongly regretted" the vote', cue: 'said', speaker: 'The embassy' },
    ]);
  });

  it('still reads words printed on a thing', () => {
    expect(spokenQuotes('"Keep the mill open," the banner read.')).toEqual([{ content: '"Keep the mill open,"', cue: 'read', speaker: 'the banner' }]);
  });
});
