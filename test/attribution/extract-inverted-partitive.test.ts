/**
 * An inverted speaker may be a count or a quantifier of a pronoun ("said one of them"), read
 * rightwards as the same phrase is read leftwards ("one of them said"); "one of those advisers"
 * keeps its noun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a partitive of a pronoun after the cue', () => {
  it('reads "one of them" whole', () => {
    expect(quotesIn('“The wards are full,” said one of them, who asked not to be named.')).toEqual([
      { content: '“The wards are full,”', cue: 'said', speaker: 'one of them' },
    ]);
    expect(quotesIn('“It is hard,” said two of us.')).toEqual([{ content: '“It is hard,”', cue: 'said', speaker: 'two of us' }]);
  });

  it('keeps the noun after "those"', () => {
    expect(quotesIn('“It is close,” said one of those advisers.')).toEqual([{ content: '“It is close,”', cue: 'said', speaker: 'one of those advisers' }]);
  });
});
