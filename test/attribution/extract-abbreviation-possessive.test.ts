/**
 * A speaker named through the possessive of a dotted abbreviation ("The U.N.'s climate panel",
 * "the E.U.’s trade chief") keeps the whole phrase: the "'s" after the period is no quote mark.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a possessive after a dotted abbreviation', () => {
  it('keeps the speaker whole with a straight apostrophe', () => {
    expect(quotesIn("The U.N.'s weather agency has warned that the monsoon will come late.")).toEqual([
      { content: 'the monsoon will come late', cue: 'warned', speaker: "The U.N.'s weather agency" },
    ]);
  });

  it('keeps the speaker whole with a curly apostrophe', () => {
    expect(quotesIn('The E.U.\u2019s trade chief said the tariffs would stay.')).toEqual([
      { content: 'the tariffs would stay', cue: 'said', speaker: 'The E.U.\u2019s trade chief' },
    ]);
  });
});
