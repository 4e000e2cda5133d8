/**
 * ", but that" before a bare plural noun and its verb adds a second that-clause to what the cue
 * introduced: a demonstrative would be "those" before a plural, so the plural is the subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('", but that" before a bare plural subject', () => {
  it('carries the content on through the second clause', () => {
    expect(quotesIn('Dorin Vask said the guards had stopped nine trucks, but that smugglers had crossed the river at night.')).toEqual([
      { content: 'the guards had stopped nine trucks, but that smugglers had crossed the river at night', cue: 'said', speaker: 'Dorin Vask' },
    ]);
  });

  it('does not take a demonstrative before a singular noun for a conjunction', () => {
    expect(quotesIn('Dorin Vask said the guards had stopped nine trucks, but that report was a week old.')).toEqual([
      { content: 'the guards had stopped nine trucks', cue: 'said', speaker: 'Dorin Vask' },
    ]);
  });
});
