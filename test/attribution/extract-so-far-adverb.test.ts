/**
 * "has so far declined", "have thus far refused": "so far" and "thus far" are adverbs of time that
 * stand between the subject and its verb as "already" does; the subject before them speaks, not
 * "far". "so" on its own is a conjunction and still ends the subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"so far" and "thus far" between a subject and its cue', () => {
  it('leave the subject before them to speak', () => {
    expect(quotesIn('The ferry operator has so far declined to say whether the route will reopen.')).toEqual([
      { content: 'whether the route will reopen', cue: 'declined', speaker: 'The ferry operator' },
    ]);
    expect(quotesIn('Orchard growers have thus far insisted that the frost did little harm.')).toEqual([
      { content: 'the frost did little harm', cue: 'insisted', speaker: 'Orchard growers' },
    ]);
  });

  it('keep a word after "so" alone as the speaker', () => {
    expect(quotesIn('The lanes were closed, so drivers said the detour added an hour.')).toEqual([
      { content: 'the detour added an hour', cue: 'said', speaker: 'drivers' },
    ]);
  });
});
