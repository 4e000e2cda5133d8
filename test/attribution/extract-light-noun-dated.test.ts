/**
 * "made a statement on the levy" names what the statement is about, but in "issued a statement on
 * Tuesday saying ..." the "on" dates the act: no topic follows, and the participle after the day
 * reports what the statement said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"a statement on" before a day', () => {
  it('reads no topic in "a statement on Tuesday"', () => {
    expect(quotesIn('The embassy issued a statement on Tuesday saying its staff were safe.')).toEqual([
      { content: 'its staff were safe', cue: 'saying', speaker: 'The embassy' },
    ]);
  });

  it('still reads the topic of "a statement on the levy"', () => {
    expect(quotesIn('The mayor made a statement on the levy.')).toEqual([
      { content: 'the levy', cue: 'made a statement on', speaker: 'The mayor' },
    ]);
  });
});
