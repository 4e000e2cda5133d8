/**
 * "by" with a time after a passive ("is expected to rule by March", "must be ratified by Friday")
 * sets a deadline and names no agent: the time is not read as the speaker of the passive. A name
 * that merely starts like a time ("by March Holdings") is still the agent.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a deadline after a passive', () => {
  it('reads no month or weekday as the agent', () => {
    for (const text of ['The tribunal is expected to rule by April whether the dam may be raised.', 'The treaty is expected to be ratified by Thursday in the lower house.']) {
      expect(quotesIn(text).some((quote) => quote.speaker === 'April' || quote.speaker === 'Thursday')).toBe(false);
    }
  });

  it('still reads a name after "by" as the agent', () => {
    expect(quotesIn('The tariff was criticized by March Logistics as short-sighted.')).toEqual([
      { content: 'The tariff was criticized by March Logistics as short-sighted', cue: 'criticized', speaker: 'March Logistics' },
    ]);
  });
});
