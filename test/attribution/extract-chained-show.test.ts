/**
 * "show" joined by "and" or "but" to a verb before it reports only when the subject it shares is a
 * poll, a report or other evidence: a person who shows something displays it ("praised the crew
 * and showed flashes of humour"), and a "show" after a reported clause is that clause's own verb
 * ("said the photos showed a crack but did not show its cause").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"show" after "and" or "but"', () => {
  it('is no statement of a person who displays something', () => {
    expect(quotesIn('Mayor Ilka Varne praised the rescue crews and showed flashes of humour.')).toEqual([
      { content: 'the rescue crews', cue: 'praised', speaker: 'Mayor Ilka Varne' },
    ]);
  });

  it('is no second statement of the speaker when it continues the reported clause', () => {
    expect(quotesIn('Tamsin Hale said the drone images showed fresh craters near the weir but did not show who fired.')).toEqual([
      { content: 'the drone images showed fresh craters near the weir', cue: 'said', speaker: 'Tamsin Hale' },
    ]);
  });

  it('still reports what a poll shows', () => {
    expect(quotesIn('The Orrel poll was taken in May and shows that Varne leads.')).toEqual([
      { content: 'Varne leads', cue: 'shows', speaker: 'The Orrel poll' },
    ]);
  });
});
