/**
 * A subject may carry a reduced relative whose participle is not in -ed ("a letter sent by the
 * growers", "a report written by two engineers"): the speaker is the whole phrase from its head,
 * not the agent after "by", as with "a memo signed by the growers".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a reduced relative with an irregular participle in the subject', () => {
  it('takes the phrase from its head as the speaker', () => {
    expect(quotesIn('A letter sent by the orchard growers says the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'says', speaker: 'A letter sent by the orchard growers' },
    ]);
    expect(quotesIn('A report written by two harbor engineers warns that the sea wall could fail.')).toEqual([
      { content: 'the sea wall could fail', cue: 'warns', speaker: 'A report written by two harbor engineers' },
    ]);
  });

  it('leaves the same form as a relative clause\'s verb alone', () => {
    expect(quotesIn('The growers who sent the letter say the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'say', speaker: 'The growers who sent the letter' },
    ]);
  });
});
