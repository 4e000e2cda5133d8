/**
 * "“We take each day as it comes,” she said, smiling, “and so should you.”": a quotation split by
 * its attribution goes on after a short aside on the act of saying ("smiling", "with a laugh")
 * when it resumes in lower case; an aside that is a cue of its own ("adding") still opens a
 * statement of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a split quotation resumed after an aside on the cue', () => {
  it('joins both halves across a participle', () => {
    expect(spokenQuotes('"The river rises every spring," Ortiz said, shrugging, "and every spring we sandbag."')).toEqual([
      { content: '"The river rises every spring," Ortiz said, shrugging, "and every spring we sandbag."', cue: 'said', speaker: 'Ortiz' },
    ]);
  });

  it('joins both halves across a phrase', () => {
    expect(spokenQuotes('"I am not leaving," the baker said, pointing at the oven, "while this still works."')).toEqual([
      { content: '"I am not leaving," the baker said, pointing at the oven, "while this still works."', cue: 'said', speaker: 'the baker' },
    ]);
  });

  it('leaves a participle cue its own statement', () => {
    expect(spokenQuotes('"The river rises every spring," Ortiz said, adding, "and every spring we sandbag."')).toEqual([
      { content: '"The river rises every spring,"', cue: 'said', speaker: 'Ortiz' },
      { content: '"and every spring we sandbag."', cue: 'adding', speaker: 'Ortiz' },
    ]);
  });
});
