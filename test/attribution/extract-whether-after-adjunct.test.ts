/**
 * "asked at one point whether ...", "asking in a letter to the board whether ...": an adjunct
 * between a cue that takes a question and "whether" is passed over, as it is before "that", and
 * the question opens at "whether". Before, the adjunct hid the question and nothing was found.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"whether" after an adjunct of a cue that takes a question', () => {
  it('reads the question after a phrase of time', () => {
    expect(spokenQuotes('Judge Osei asked at one point whether the harbour board had read the survey.')).toEqual([
      { content: 'whether the harbour board had read the survey', cue: 'asked', speaker: 'Judge Osei' },
    ]);
  });

  it('reads the question after an occasion with a noun of its own', () => {
    expect(spokenQuotes('Dorn asked in a letter to the council whether the ferry would keep running.')).toEqual([
      { content: 'whether the ferry would keep running', cue: 'asked', speaker: 'Dorn' },
    ]);
  });

  it('reads the question after a participle and its adjunct', () => {
    expect(spokenQuotes('The judge, Ana Weller, interrupted twice, asking at one point whether the state disputed the data.')).toEqual([
      { content: 'whether the state disputed the data', cue: 'asking', speaker: 'The judge, Ana Weller' },
    ]);
  });
});
