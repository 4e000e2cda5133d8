/**
 * Nouns for those who give to or back a cause ("donors", "backers", "contributors") are people:
 * a bare plural of them is a group, and "a donor from Iowa" is that donor, not a person named after
 * the place the phrase ends with.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, typedQuotes } from './found-quotes.js';

describe('donors and backers', () => {
  it('reads a bare plural of them as a group', () => {
    expect(typedQuotes('Donors grumbled that the gala had raised too little.')).toEqual([
      { content: 'the gala had raised too little', cue: 'grumbled', speaker: 'Donors', kind: 'group' },
    ]);
    expect(typedQuotes('Backers said the stadium would pay for itself.').map((quote) => quote.kind)).toEqual(['group']);
  });

  it('resolves "a donor from" a place to the donor', () => {
    expect(resolvedQuotes('"They have stopped calling me," said a longtime donor from Nebraska.')).toEqual([
      { content: '"They have stopped calling me,"', cue: 'said', speaker: 'a longtime donor from Nebraska', entity: 'a longtime donor from Nebraska', mode: 'direct' },
    ]);
  });
});
