/**
 * A content span that reaches a comma ends there when a new clause with its own cue follows, even
 * when that clause's subject has a name in commas beside it: in "..., a move the port's director,
 * Ilse Marr, called overdue" the report stops before "a move", as it does without the name.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('content before a clause whose subject has a name in commas', () => {
  it('ends the content at the comma', () => {
    const found = quotesIn('The Harbor Gazette reported that the port would close two piers, a move the port\'s director, Ilse Marr, called overdue.');
    expect(found[0]).toEqual({ content: 'the port would close two piers', cue: 'reported', speaker: 'The Harbor Gazette' });
  });

  it('keeps a list of names in the content', () => {
    expect(quotesIn('Lind said the panel would hear the growers, the mayor, Ana Ruiz, and the council.')).toEqual([
      { content: 'the panel would hear the growers, the mayor, Ana Ruiz, and the council', cue: 'said', speaker: 'Lind' },
    ]);
  });
});
