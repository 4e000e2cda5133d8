/**
 * A body may adopt a finding by vote: "The panel voted 9-2 that the benefits outweighed the
 * risks". The that-clause is what it put on record. Only a clause with a subject of its own
 * follows "voted that"; "voted that way" and "voted that bill down" name no finding.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"voted that" and a clause', () => {
  it('reads the clause after a tally', () => {
    expect(quotesIn('The advisory panel voted 9-2 that the benefits of the pill outweighed its risks.')).toEqual([
      { content: 'the benefits of the pill outweighed its risks', cue: 'voted', speaker: 'The advisory panel' },
    ]);
  });

  it('reads the clause after a manner adverb', () => {
    expect(quotesIn('The board voted unanimously that the Dunmore school should stay open.')).toEqual([
      { content: 'the Dunmore school should stay open', cue: 'voted', speaker: 'The board' },
    ]);
  });

  it('finds nothing in "voted that way" or "voted that bill down"', () => {
    expect(quotesIn('Justices who usually voted that way retired.')).toEqual([]);
    expect(quotesIn('The council voted that bill down in May.')).toEqual([]);
  });
});
