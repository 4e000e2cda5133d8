/**
 * "said in a statement that developed countries must pay": after a channel of saying, a "that"
 * followed by a past form, a plain noun and a finite verb opens the clause said, the past form
 * modifying its subject; it is not a relative clause on the channel ("a statement that followed
 * the vote"), which would leave the statement without content.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a past form on the subject of the clause after a channel of saying', () => {
  it('opens the clause said', () => {
    expect(spokenQuotes('The delegation said in a written statement that developed nations must pay first.')).toEqual([{ content: 'developed nations must pay first', cue: 'said', speaker: 'The delegation' }]);
    expect(spokenQuotes('The agency said in a release that armed guards had left the depot.')).toEqual([{ content: 'armed guards had left the depot', cue: 'said', speaker: 'The agency' }]);
  });

  it('still reads a relative clause on the channel when the past form takes an object', () => {
    expect(spokenQuotes('The council said in a statement that followed the vote that the levy would stay.')).toEqual([{ content: 'the levy would stay', cue: 'said', speaker: 'The council' }]);
  });
});
