/**
 * "The mayor faces calls for her resignation", "a ruling that left the board facing demands for an
 * audit": after a verb that draws a reaction ("face", "draw", "prompt"), a present form that is
 * more often a plural noun ("calls", "demands", "claims") is that verb's object, not a cue whose
 * subject runs back over the verb. Another cue after a relative clause still speaks.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a plural-noun cue form after a verb that draws a reaction', () => {
  it('reports no statement for the reaction drawn', () => {
    expect(spokenQuotes('The harbor master faces calls for his dismissal.')).toEqual([]);
    expect(spokenQuotes('It was a ruling that had left the board facing demands for an audit.')).toEqual([]);
    expect(spokenQuotes('The levy prompted claims that the council had overreached.')).toEqual([]);
  });

  it('still reads a cue after a relative clause ending in such a verb', () => {
    expect(spokenQuotes('The rival she faced says the count was wrong.')).toEqual([{ content: 'the count was wrong', cue: 'says', speaker: 'The rival she faced' }]);
  });

  it('still reads the cue with a subject of its own', () => {
    expect(spokenQuotes('Ana Pell calls for an audit of the harbor accounts.')).toEqual([{ content: 'an audit of the harbor accounts', cue: 'calls for', speaker: 'Ana Pell' }]);
  });
});
