/**
 * "A ministry spokeswoman, Ada Berg, said ... The Tarn Union's foreign policy spokesman said ...":
 * a description whose owner names a body in capitals is not the holder of a role that names
 * another body in lower case, when the two share no word; it is someone new. A description that
 * shares the role's words still finds its holder.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('an owned description and a role of another body', () => {
  it('names someone new', () => {
    const text = 'A ministry spokeswoman, Ada Berg, told reporters the envoys had left. The Tarn Union\'s foreign policy spokesman said the bloc stood by the ministry.';
    expect(attributedQuotes(text).map((quote) => quote.entity)).toEqual(['Ada Berg', "The Tarn Union's foreign policy spokesman"]);
  });

  it('still finds the holder when the words are shared', () => {
    const text = 'A Tarn Union spokeswoman, Ada Berg, told reporters the envoys had left. The Tarn Union\'s spokeswoman later said the bloc stood by the ministry.';
    expect(attributedQuotes(text).map((quote) => quote.entity)).toEqual(['Ada Berg', 'Ada Berg']);
  });
});
