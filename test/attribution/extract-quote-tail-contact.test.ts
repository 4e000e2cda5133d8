/**
 * After a quotation's cue, a relative clause without "that" on a noun of the adjunct ("of a talk
 * she had with Kell", "in a speech he gave on Monday") belongs to the adjunct and does not undo
 * the attribution.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause without "that" in the adjunct after a quotation', () => {
  it('keeps the attribution with an appositive on the speaker', () => {
    expect(quotesIn('“He looked me in the eye,” Ana Reyes, the chair of the county party, recalled of a talk she had with Kell at the hall.')).toEqual([
      { content: '“He looked me in the eye,”', cue: 'recalled', speaker: 'Ana Reyes, the chair of the county party' },
    ]);
  });

  it('keeps it with a modal or an auxiliary in the clause', () => {
    expect(quotesIn('“We will win the vote,” he said in a speech he had given twice before.')).toEqual([
      { content: '“We will win the vote,”', cue: 'said', speaker: 'he' },
    ]);
  });

  it('still reads a question put to a listener after a name', () => {
    expect(quotesIn('On the “Farm Hour,” host Ana Reyes asked Kell how he would pay for the dam.')).toEqual([
      { content: 'how he would pay for the dam', cue: 'asked', speaker: 'host Ana Reyes' },
    ]);
  });
});
