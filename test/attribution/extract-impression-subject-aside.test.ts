/**
 * An impression or expectation with no one named ("seemed ready to", "is expected to") keeps its
 * subject when an aside stands between the subject and the verb ("The bank, which cut rates in
 * May, is expected to ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the subject of an impression before an aside', () => {
  it('keeps a subject before a relative clause', () => {
    expect(quotesIn('The harbor board, which has held its fees flat since 2010, is expected to raise them in May.')).toEqual([
      { content: 'The harbor board, which has held its fees flat since 2010, is expected to raise them in May', cue: 'expected' },
    ]);
  });

  it('keeps a subject before an appositive and a negation', () => {
    expect(quotesIn('Ana Lind, the likely nominee and an ally of the growers, is not expected to back the levy.')).toEqual([
      { content: 'Ana Lind, the likely nominee and an ally of the growers, is not expected to back the levy', cue: 'expected' },
    ]);
  });

  it('keeps a subject before an adverb set off by commas', () => {
    expect(quotesIn('The valley economy, until recently, seemed immune to the drought.')).toEqual([
      { content: 'The valley economy, until recently, seemed immune to the drought', cue: 'seemed' },
    ]);
  });

  it('still leaves a relative clause holding the cue on its own', () => {
    expect(quotesIn('The levy, which is expected to pass, would cost the growers millions.')).toEqual([
      { content: 'which is expected to pass', cue: 'expected' },
    ]);
  });
});
