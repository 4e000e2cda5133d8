/**
 * "a ruling that Lind called “a disgrace” and that her party vowed to appeal": a second relative
 * clause on the same head, joined by "and" after the quotation, is no part of what the first
 * speaker said; the quotation ends the content, and the second clause is read on its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a second relative clause after a quoted complement', () => {
  it('ends the first content at the quotation', () => {
    expect(spokenQuotes('The council passed a levy that the mayor called "a tax on fishermen" and that the union vowed to fight.')).toEqual([
      { content: '"a tax on fishermen"', cue: 'called', speaker: 'the mayor' },
      { content: 'to fight', cue: 'vowed', speaker: 'the union' },
    ]);
  });
});
