/**
 * The adjunct between a cue and a quotation: a form in -ing after a year or a name is a noun
 * ("said before a 2014 Senate hearing, “...”"), and a span of days or "after the ..." after a
 * quotation's cue keeps the quotation that goes on after it ("“...,” she said three days after the
 * storm, “which ...”").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the adjunct between a cue and a quotation', () => {
  it('reads a hearing named with a year as part of the adjunct', () => {
    expect(quotesIn('Sen. Ana Lind, D-Vt., said in an essay before a 2014 Senate Dell hearing, “The agency failed to act on the floods.”')).toEqual([
      { content: '“The agency failed to act on the floods.”', cue: 'said', speaker: 'Sen. Ana Lind, D-Vt.' },
    ]);
  });

  it('keeps a quotation that goes on after a span of days', () => {
    expect(quotesIn('“We want a valley where all are safe from floods,” she said three days after the storm, “which, by the way, was the worst in years.”')).toEqual([
      {
        content: '“We want a valley where all are safe from floods,” she said three days after the storm, “which, by the way, was the worst in years.”',
        cue: 'said',
        speaker: 'she',
      },
    ]);
  });

  it('keeps a quotation that goes on after "after the ..."', () => {
    expect(quotesIn('The “anger is like nothing I have seen,” she told the Courier after the debate, “and it will grow.”')).toEqual([
      { content: 'The “anger is like nothing I have seen,” she told the Courier after the debate, “and it will grow.”', cue: 'told', speaker: 'she' },
    ]);
  });

  it('still ends the attribution at a clause after "after"', () => {
    expect(quotesIn('“We will win,” he said after he left the hall.')).toEqual([{ content: '“We will win,”', cue: 'said', speaker: 'he' }]);
  });
});
