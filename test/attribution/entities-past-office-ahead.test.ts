/**
 * A lede may name its speaker by role and give the name just after ("The director said ...
 * Director Ana Pike added"), but a description of an office held before ("the former director")
 * is no present holder of that title: it does not resolve ahead to the director named next.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

const HEADLINE = 'Quarry Inquiry Hears From Staff\n\n';

describe('a past office in the lede', () => {
  it('is not the present holder named next', () => {
    const text = `${HEADLINE}The quarry's former director said she had been told to hide the spill. She gave no names.\n\nThe union's director, Wendell Astor, said the spill had been reported at once.`;
    expect(attributedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ["The quarry's former director", "The quarry's former director"],
      ["The union's director, Wendell Astor", 'Wendell Astor'],
    ]);
  });

  it('leaves a present title resolving ahead', () => {
    const text = `${HEADLINE}The director said the spill had been reported at once. He gave no dates.\n\nThe union's director, Wendell Astor, also said the quarry would reopen.`;
    expect(attributedQuotes(text).map((quote) => quote.entity)).toEqual(['Wendell Astor', 'Wendell Astor']);
  });
});
