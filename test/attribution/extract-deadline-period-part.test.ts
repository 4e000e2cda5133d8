/**
 * "The panel is expected to rule by early March": a deadline after "by" may open with a word for
 * a part of the period ("early", "late", "mid"); it names no agent of the passive, so the
 * sentence is read as an expectation with no speaker, as "by March" is.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a deadline after "by" with a part of the period', () => {
  it('names no agent', () => {
    expect(spokenQuotes('The tribunal is expected to rule by late April.')).toEqual([
      { content: 'The tribunal is expected to rule by late April', cue: 'expected' },
    ]);
  });

  it('leaves a plain phrase after "by" the agent', () => {
    expect(spokenQuotes('The levy was opposed by early backers of the mayor.')).toEqual([
      { content: 'The levy', cue: 'opposed', speaker: 'early backers of the mayor' },
    ]);
  });
});
