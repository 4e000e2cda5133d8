/**
 * A block quotation's lead may close with a phrase of occasion, time or address after its verb
 * of saying ("wrote in a statement:", "said in a letter to the board:", "told the council on
 * Tuesday:"); the subject before the verb still says the next paragraph.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const block = '\n\nThe ferry plan has failed every family on the east shore, and it must be dropped.\n\nThe council met on Monday.';
const content = 'The ferry plan has failed every family on the east shore, and it must be dropped';

describe('a block quotation after "X wrote in a statement:"', () => {
  it('reads the next paragraph as what the subject says', () => {
    expect(quotesIn(`Mira Talvo wrote in a statement:${block}`)).toContainEqual({ content, cue: 'wrote', speaker: 'Mira Talvo' });
    expect(quotesIn(`The harbor chief said in a letter to the board:${block}`)).toContainEqual({ content, cue: 'said', speaker: 'The harbor chief' });
    expect(quotesIn(`Mira Talvo told the council on Tuesday:${block}`)).toContainEqual({ content, cue: 'told', speaker: 'Mira Talvo' });
    expect(quotesIn(`In a post on its website, the ferry company wrote:${block}`)).toContainEqual({ content, cue: 'wrote', speaker: 'the ferry company' });
  });

  it('reads no block when a clause of its own follows the verb', () => {
    const found = quotesIn(`Mira Talvo said the vote was lost for this reason:${block}`);
    expect(found.some((q) => q.content === content)).toBe(false);
    expect(quotesIn(`The fleet sailed in a storm last week:${block}`)).toEqual([]);
  });
});
