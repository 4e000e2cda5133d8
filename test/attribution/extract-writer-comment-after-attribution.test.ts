/**
 * After an attribution that follows a whole clause ("X, the company said,"), a phrase that names
 * the channel ("in a statement") or the act itself ("in a move that ...", "in a deal that ...") is
 * the writer's comment on the statement: the content ends before the attribution. A phrase that
 * goes on with what was said ("in a neutral port") still belongs to it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the writer\'s comment after a parenthetical attribution', () => {
  it('ends the content before ", the companies said, in a deal that ..."', () => {
    expect(quotesIn('Brisco agreed on Monday to buy Tallow Mills for $3 billion, the companies said, in a deal that would create the largest miller in the region.')).toEqual([
      { content: 'Brisco agreed on Monday to buy Tallow Mills for $3 billion', cue: 'said', speaker: 'the companies' },
    ]);
  });

  it('ends the content before ", the company said on Friday, in a move that ..."', () => {
    expect(quotesIn('Brisco will close its Dunmore mill, the company said on Friday, in a move that surprised the town.')).toEqual([
      { content: 'Brisco will close its Dunmore mill', cue: 'said', speaker: 'the company' },
    ]);
  });

  it('ends the content before ", the firm said, in a statement"', () => {
    expect(quotesIn('Brisco will close its Dunmore mill, the firm said, in a statement.')).toEqual([
      { content: 'Brisco will close its Dunmore mill', cue: 'said', speaker: 'the firm' },
    ]);
  });

  it('keeps a phrase that goes on with what was said', () => {
    expect(quotesIn('The talks will resume, he said, in a neutral port.')).toEqual([
      { content: 'The talks will resume, he said, in a neutral port', cue: 'said', speaker: 'he' },
    ]);
  });
});
