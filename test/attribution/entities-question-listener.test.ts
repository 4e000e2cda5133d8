/**
 * The one a question is put to ("asked the harbor master whether ...") answers next: a pronoun
 * that no earlier speaker or subject fits by gender may stand for that unnamed listener. A speaker
 * or subject that fits still comes first.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

const HEADLINE = 'Pier Inquiry Opens\n\n';

describe('the listener of a question as an antecedent', () => {
  it('takes a pronoun the asker does not fit', () => {
    const text = `${HEADLINE}Councillor Maria Quell asked the harbor master whether he had seen the cracks. He said he had not.`;
    expect(attributedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Councillor Maria Quell', 'Maria Quell'],
      ['He', 'the harbor master'],
    ]);
  });

  it('leaves a pronoun the asker fits to the asker', () => {
    const text = `${HEADLINE}Councillor Maria Quell asked the harbor master whether the cracks were new. She said she would ask again.`;
    expect(attributedQuotes(text).map((quote) => quote.entity)).toEqual(['Maria Quell', 'Maria Quell']);
  });
});
