/**
 * A noun of the adjunct between a cue and its "that" that is also a form of a cue ("remarks",
 * "comments") is read as the noun after a modifier, not as a new clause's verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue-like noun in the adjunct before "that"', () => {
  it('reads "in her closing words that" as an adjunct', () => {
    expect(quotesIn('Mayor Tova Lind said in her closing words that the ferry fare should stay at two dollars.')).toEqual([
      { content: 'the ferry fare should stay at two dollars', cue: 'said', speaker: 'Mayor Tova Lind' },
    ]);
  });

  it('reads "in his closing comments that" as an adjunct', () => {
    expect(quotesIn('Councilor Abel Moro argued in his closing comments that the harbor levy had failed.')).toEqual([
      { content: 'the harbor levy had failed', cue: 'argued', speaker: 'Councilor Abel Moro' },
    ]);
  });

  it('still reads a pronoun and a verb in the adjunct as a clause of its own', () => {
    expect(quotesIn('Lind said in Dunmore she remarks that the ferry is late.')).toEqual([
      { content: 'the ferry is late', cue: 'remarks', speaker: 'she' },
    ]);
  });
});
