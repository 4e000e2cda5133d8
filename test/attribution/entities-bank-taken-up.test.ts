/**
 * "The Riksbank said ... The bank added ...": "the bank" takes up the body whose name ends in
 * "bank", as a word of its own ("Kestrel Bank") or as the end of its one word ("the Norbank"),
 * as "the union" takes up only a name ending in "Union".
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('"the bank" after a bank named before', () => {
  it('takes up a one-word name ending in "bank"', () => {
    expect(attributedQuotes('The Norbank said lending had slowed. The bank added that rates would stay high.')).toEqual([
      { content: 'lending had slowed', cue: 'said', speaker: 'The Norbank', entity: 'Norbank' },
      { content: 'rates would stay high', cue: 'added', speaker: 'The bank', entity: 'Norbank' },
    ]);
  });
});
