/**
 * "Floods close roads; mayor: “Stay home tonight”": in a headline a semicolon sets off a second
 * headline as a dash does, and a lower-case role word right after it, before a colon and a
 * quotation, is the speaker of the quotation; the role then finds the person who holds it in the
 * story.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a role and a colon after a semicolon in a headline', () => {
  it('reads the quotation as the role holder\'s', () => {
    const text = 'Floods close roads across the valley; mayor: "Stay home tonight"\n\nBy Ivo Brandt\n\nMayor Tessa Lund said crews were working through the night.';
    const quotes = resolvedQuotes(text);
    expect(quotes[0]).toMatchObject({ content: '"Stay home tonight"', cue: ':', speaker: 'mayor', entity: 'Tessa Lund' });
  });

  it('still reads nothing from a lower-case phrase without a quotation', () => {
    const text = 'Floods close roads across the valley; mayor: stay home\n\nBy Ivo Brandt\n\nMayor Tessa Lund said crews were working.';
    expect(resolvedQuotes(text).map((quote) => quote.cue)).toEqual(['said']);
  });
});
