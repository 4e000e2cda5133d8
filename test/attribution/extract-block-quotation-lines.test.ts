/**
 * A block quotation set off from its lead by a blank line runs on over the lines that follow it
 * with a single line break, up to the next blank line; it may open with an ellipsis.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a block quotation of several lines', () => {
  it('runs on to the next blank line', () => {
    const text = 'Mira Talvo writes:\n\nThe ferry plan has failed every family on the east shore.\nIt must be dropped before the winter comes.\n\nThe council met on Monday.';
    expect(quotesIn(text)).toContainEqual({
      content: 'The ferry plan has failed every family on the east shore.\nIt must be dropped before the winter comes',
      cue: 'writes',
      speaker: 'Mira Talvo',
    });
  });

  it('opens with an ellipsis', () => {
    const text = 'The Harbor Gazette reports:\n\n…at least four ferries ran late every week of the summer.\n\nThe council met on Monday.';
    expect(quotesIn(text)).toContainEqual({
      content: '…at least four ferries ran late every week of the summer',
      cue: 'reports',
      speaker: 'The Harbor Gazette',
    });
  });

  it('keeps to its one line when no blank line sets it off', () => {
    const text = 'Mira Talvo writes:\nThe ferry plan has failed every family on the east shore.\nThe council met on Monday and voted to keep the ferry.';
    const found = quotesIn(text);
    expect(found).toContainEqual({ content: 'The ferry plan has failed every family on the east shore', cue: 'writes', speaker: 'Mira Talvo' });
    expect(found.some((q) => q.content.includes('voted'))).toBe(false);
  });
});
