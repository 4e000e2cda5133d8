/**
 * "that" straight after a noun and before a past verb that takes an object, a phrase or an end
 * ("a podcast that aired on Friday", "a documentary that followed the crew") opens a relative
 * clause on the noun, not the clause of what was said: a that-clause of saying needs a subject.
 * A past form before a noun is an adjective opening such a subject ("that elected officials").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative "that" before a past verb', () => {
  it('skips the relative clause on an adjunct for the "that" of the statement', () => {
    expect(quotesIn('Tova Marsh said in a podcast that aired on Friday that the ferry would stop running.')).toEqual([
      { content: 'the ferry would stop running', cue: 'said', speaker: 'Tova Marsh' },
    ]);
  });

  it('keeps the quotations around a cue whose adjunct has such a clause', () => {
    expect(quotesIn('“The fares are too high,” Lem Ostrow said in a documentary that followed the crew. “Nobody rides the late boat.”')).toEqual([
      { content: '“The fares are too high,” Lem Ostrow said in a documentary that followed the crew. “Nobody rides the late boat.”', cue: 'said', speaker: 'Lem Ostrow' },
    ]);
  });

  it('still reads "that" before a past form and a noun as the clause of saying', () => {
    expect(quotesIn('Kip Ames told voters that elected officials had failed the valley.')).toEqual([
      { content: 'elected officials had failed the valley', cue: 'told', speaker: 'Kip Ames' },
    ]);
  });
});
