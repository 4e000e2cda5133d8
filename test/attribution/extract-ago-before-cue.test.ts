/**
 * A time phrase in "ago" may stand between the subject and its verb of saying ("The mayor two
 * weeks ago said ..."); it belongs to neither.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a time phrase in "ago" before the cue', () => {
  it('is stepped over to the subject', () => {
    expect(quotesIn('The harbor board barely three days ago said that the ferry fees would rise.')).toEqual([
      { content: 'the ferry fees would rise', cue: 'said', speaker: 'The harbor board' },
    ]);
  });

  it('may be a bare plural unit', () => {
    expect(quotesIn('Dana Pell years ago wrote that the dam was unsafe.')).toEqual([
      { content: 'the dam was unsafe', cue: 'wrote', speaker: 'Dana Pell' },
    ]);
  });

  it('leaves a phrase that opens the sentence to the sentence', () => {
    expect(quotesIn('Two weeks ago the harbor board said the ferry fees would rise.')).toEqual([
      { content: 'the ferry fees would rise', cue: 'said', speaker: 'the harbor board' },
    ]);
  });
});
