/**
 * A poll or a study in an adjunct of circumstance ("with polls showing ...", "despite a survey
 * finding that ...") is the source of what its participle shows.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a poll with a participle in an adjunct of circumstance', () => {
  it('is the source after "despite"', () => {
    expect(quotesIn('Pell kept touring the valley, despite surveys showing Orr far ahead.')).toEqual([
      { content: 'Orr far ahead', cue: 'showing', speaker: 'surveys' },
    ]);
  });

  it('is the source after "with", inside a longer phrase', () => {
    expect(quotesIn('Dorn will need their help with recent polls indicating that Pell has a small lead.')).toEqual([
      { content: 'Pell has a small lead', cue: 'indicating', speaker: 'recent polls' },
    ]);
  });

  it('is not the source when the poll is an object', () => {
    expect(quotesIn('Dorn cited polling data showing that growers were worried.').some((q) => q.cue === 'showing')).toBe(false);
  });
});
