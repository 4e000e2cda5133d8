/**
 * A count word standing alone as a subject ("Of the 40 delegates, two said ...", "The two said
 * ...") speaks like a quantifier ("Most said ..."); a count word that counts the noun after it
 * does not.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('count words as subjects', () => {
  it('reads a count word alone after a comma, a conjunction or at the start', () => {
    expect(quotesIn('Of the 40 delegates, all but two said the board should wait.')).toEqual([
      { content: 'the board should wait', cue: 'said', speaker: 'two' },
    ]);
    expect(quotesIn('Two said the ferry would run late.')).toEqual([{ content: 'the ferry would run late', cue: 'said', speaker: 'Two' }]);
    expect(quotesIn('She met three lawyers; one suggested she move to Dover.')).toEqual([
      { content: 'she move to Dover', cue: 'suggested', speaker: 'one' },
    ]);
  });

  it('reads "the two" and "all three" before a past form', () => {
    expect(quotesIn('The two said they would return in May.')).toEqual([{ content: 'they would return in May', cue: 'said', speaker: 'The two' }]);
    expect(quotesIn('All three said the vote was unfair.')).toEqual([{ content: 'the vote was unfair', cue: 'said', speaker: 'All three' }]);
  });

  it('leaves a noun in -s after "the" and a count word', () => {
    expect(quotesIn('The four states cast their votes in May.')).toEqual([]);
  });

  it('does not take a count word before a word in -ed for the subject of a participle', () => {
    expect(quotesIn('The aides wrote to Ann Lutz and Ed Roe, two respected planners, asking them to draft a map.')).toEqual([
      { content: 'them to draft a map', cue: 'asking', speaker: 'The aides' },
    ]);
  });
});
