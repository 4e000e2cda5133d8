/**
 * "Pell shouted across the hall": "across" opens an adjunct of place after a cue, as "in" and
 * "from" do, so that a quotation before the speaker stays what was said and the adjunct is not
 * read as a clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an adjunct in "across" after a cue', () => {
  it('leaves the quotation before the speaker as what was said', () => {
    expect(spokenQuotes('"Nobody voted for this toll," Osric Pell shouted across the hall.')).toEqual([
      { content: '"Nobody voted for this toll,"', cue: 'shouted', speaker: 'Osric Pell' },
    ]);
  });

  it('passes over the adjunct before "that"', () => {
    expect(spokenQuotes('Osric Pell called across the hall that the count was wrong.')).toEqual([
      { content: 'the count was wrong', cue: 'called', speaker: 'Osric Pell' },
    ]);
  });
});
