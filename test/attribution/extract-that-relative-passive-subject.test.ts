/**
 * A relative clause in "that" on the subject may be a passive or a perfect ("A letter that was
 * sent to parents said", "the report that has been released said") and its object may follow
 * "to" ("A memo that went to the parents said"): the whole phrase is the speaker, as with a verb
 * of one word.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const found = (text: string) => resolvedQuotes(text).map(({ content, cue, speaker, entity }) => ({ content, cue, speaker, entity }));

describe('a relative clause in "that" on the subject', () => {
  it('reads a passive', () => {
    expect(found('A letter that was sent to families said the pool would stay shut.')).toEqual([
      { content: 'the pool would stay shut', cue: 'said', speaker: 'A letter that was sent to families', entity: 'A letter' },
    ]);
  });

  it('reads a verb with its object after "to"', () => {
    expect(found('A memo that went to the coaches said the season would start late.')).toEqual([
      { content: 'the season would start late', cue: 'said', speaker: 'A memo that went to the coaches', entity: 'A memo' },
    ]);
  });
});
