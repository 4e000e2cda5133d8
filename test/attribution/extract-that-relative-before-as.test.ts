/**
 * "a move that Lind described as reckless": "that" before a subject, with "as" right after a cue
 * that takes an object, is a relative pronoun standing for the cue's object; the noun it
 * restricts, with the clause, is what was described.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"that" as the object of a cue before "as"', () => {
  it('reads the relative clause as what was described', () => {
    expect(spokenQuotes('The port raised its fees, a step that Captain Rosa Imre described as a betrayal.')).toEqual([
      { content: 'a step that Captain Rosa Imre described as a betrayal', cue: 'described', speaker: 'Captain Rosa Imre' },
    ]);
  });

  it('works for a belief as well', () => {
    expect(spokenQuotes('It was a tax that farmers regard as unfair.')).toEqual([{ content: 'a tax that farmers regard as unfair', cue: 'regard', speaker: 'farmers' }]);
  });
});
