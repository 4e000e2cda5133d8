/**
 * "From the report: “...”": a sentence that opens with "from" (or "more from") and a source before
 * a colon and a quotation gives the quotation to that source, capitalised or not.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a source after a sentence-opening "from" and a colon', () => {
  it('reads an uncapitalised source', () => {
    expect(quotesIn('The survey is old. From the report: "Samples with more towns are better."')).toEqual([
      { content: '"Samples with more towns are better."', cue: ':', speaker: 'the report' },
    ]);
  });

  it('reads a source after "More from"', () => {
    expect(quotesIn('The survey is old.\n\nMore from the study: "Online panels are not all equal."')).toEqual([
      { content: '"Online panels are not all equal."', cue: ':', speaker: 'the study' },
    ]);
  });

  it('leaves "from" inside a clause to the other rules', () => {
    expect(quotesIn('The survey is old. Elm voters heard nothing from the board: "no comment" was all.')).toEqual([]);
  });
});
