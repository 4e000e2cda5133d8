/**
 * A body gathered to act together ("the advisory panel", "the delegation", "the jury") is no
 * company: "the panel" after a company's statement is a body of its own, not the company named
 * before, while "the company" still is.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a panel after a company', () => {
  it('does not take the panel for the company named before', () => {
    const text = 'Quillmore Pharma said its ointment had failed.\n\nThe regulator\'s advisory panel said the ointment was safe.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Quillmore Pharma', "The regulator's advisory panel"]);
  });

  it('does not take the delegation for the company either', () => {
    const text = 'Ostrander Mining said the talks had stalled.\n\nThe delegation said it would fly home on Friday.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Ostrander Mining', 'The delegation']);
  });

  it('still reads "the company" as the company named before', () => {
    const text = 'Quillmore Pharma said its ointment had failed.\n\nThe company said it would cut jobs.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Quillmore Pharma', 'Quillmore Pharma']);
  });
});
