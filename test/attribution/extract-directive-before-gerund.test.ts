/**
 * "urged residents to boil water before drinking it": when what a cue names is itself an act (an
 * infinitive after the listener), a "before" adjunct with a gerund times that act and belongs to
 * the statement. With a plain object ("had endorsed Pell before backing Rusk") the adjunct is the
 * speaker's next act and the object ends before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"before" and a gerund after a directive', () => {
  it('keeps the adjunct with the act that was urged', () => {
    expect(spokenQuotes('The Harwick water board urged tenants to flush their pipes before drinking from them.')).toEqual([
      { content: 'tenants to flush their pipes before drinking from them', cue: 'urged', speaker: 'The Harwick water board' },
    ]);
  });

  it('still ends a plain object before the next act', () => {
    expect(spokenQuotes('Mayor Tessa Orlin had endorsed Pell before backing Rusk.')).toEqual([
      { content: 'Pell', cue: 'endorsed', speaker: 'Mayor Tessa Orlin' },
    ]);
  });
});
