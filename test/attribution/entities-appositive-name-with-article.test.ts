/**
 * "Another group, the Harbor Trust, said": a name in apposition to a description may bring its own
 * "the"; the name after it speaks, as it does without the article ("The charity, Open Waters,
 * said"), and a later "the group" finds it.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('an appositive name opened by "the"', () => {
  it('reads the name as the speaker that a later description finds', () => {
    const text = 'A rival group, the Tarn Valley Trust, said the survey was flawed. The group said it would publish its own.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the survey was flawed', cue: 'said', speaker: 'A rival group, the Tarn Valley Trust', entity: 'Tarn Valley Trust', mode: 'indirect' },
      { content: 'it would publish its own', cue: 'said', speaker: 'The group', entity: 'Tarn Valley Trust', mode: 'indirect' },
    ]);
  });

  it('reads a person\'s name after "the" and a title too', () => {
    expect(resolvedQuotes('Her lawyer, the Rev. Ana Lind, said the case was weak.').map((quote) => quote.entity)).toEqual(['Ana Lind']);
  });
});
