/**
 * "Officials believe the strike will last a week, and hospital managers fear it could spread": after
 * a comma and "and", a phrase ending in a plural noun ("hospital managers"), with the bare form of
 * a cue before a subject or a determiner ("fear it", "say the"), is a new attribution. The first
 * content ends at the comma and the second is read on its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a plural subject with a bare cue after ", and"', () => {
  it('ends the content before it and reads its own statement', () => {
    expect(spokenQuotes('Engineers believe the levee will hold through May, and harbor pilots fear it may not.')).toEqual([
      { content: 'the levee will hold through May', cue: 'believe', speaker: 'Engineers' },
      { content: 'it may not', cue: 'fear', speaker: 'harbor pilots' },
    ]);
    expect(spokenQuotes('Kell said the ferry was safe, and island residents say the crossing is too rough.')).toEqual([
      { content: 'the ferry was safe', cue: 'said', speaker: 'Kell' },
      { content: 'the crossing is too rough', cue: 'say', speaker: 'island residents' },
    ]);
  });
});
