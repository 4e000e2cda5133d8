/**
 * "A few said ...", "..., and a few agreed that ...": "few" after the article "a" stands alone as
 * the subject of a cue, as "few", "some" and "many" do; the article is where the clause opens.
 * Before, "a" before the quantifier hid it and the cue was read as having no subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"a few" standing alone as the subject of a cue', () => {
  it('reads it at the start of the sentence', () => {
    expect(spokenQuotes('A few said the ferry should keep its winter timetable.')).toEqual([{ content: 'the ferry should keep its winter timetable', cue: 'said', speaker: 'A few' }]);
  });

  it('reads it after "and" and a comma', () => {
    expect(spokenQuotes('Most of the wardens backed the rota, and a few said privately that it was unfair.')).toEqual([{ content: 'it was unfair', cue: 'said', speaker: 'a few' }]);
  });

  it('reads it after a semicolon', () => {
    expect(spokenQuotes('The growers met on Monday; a few argued that the levy should fall.')).toEqual([{ content: 'the levy should fall', cue: 'argued', speaker: 'a few' }]);
  });
});
