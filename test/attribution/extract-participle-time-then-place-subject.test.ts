/**
 * "A man injured last year in the blast said ...": a reduced relative whose participle is followed
 * by a time ("last year", "this week") and then a place keeps its head in the speaker; the phrase
 * read back from the cue is not cut down to the time's noun and the place ("year in the blast").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a time and a place after the participle of the subject', () => {
  it('keeps the head of the subject in the speaker', () => {
    expect(spokenQuotes('A diver trapped last month in the wreck said the cable had snapped.')).toEqual([
      { content: 'the cable had snapped', cue: 'said', speaker: 'A diver trapped last month in the wreck' },
    ]);
    expect(spokenQuotes('Two porters hurt this week at the depot said the crane was faulty.')).toEqual([
      { content: 'the crane was faulty', cue: 'said', speaker: 'Two porters hurt this week at the depot' },
    ]);
  });
});
