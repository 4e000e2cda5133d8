/**
 * A headline's colon before an unquoted phrase that opens with an article and has no verb sets
 * off a subtitle naming the piece's topic: no one says it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const body = '\n\nThe harbor board met on Monday.';

describe('a subtitle after a headline colon', () => {
  it('reads no statement in an article-led phrase without a verb', () => {
    expect(quotesIn(`Dock Diary: The Long Fight for the Harbor.${body}`)).toEqual([]);
    expect(quotesIn(`Lind and Kell: A strained friendship.${body}`)).toEqual([]);
  });

  it('still reads a headline that says something', () => {
    expect(quotesIn(`Lind: The harbor will close in May.${body}`)).toEqual([
      { content: 'The harbor will close in May', cue: ':', speaker: 'Lind' },
    ]);
    expect(quotesIn(`Harbor Poll: The Mayor Leads by Nine Points.${body}`)).toEqual([
      { content: 'The Mayor Leads by Nine Points', cue: ':', speaker: 'Harbor Poll' },
    ]);
    expect(quotesIn(`Lind: The Harbor Deal Collapsed.${body}`)).toEqual([
      { content: 'The Harbor Deal Collapsed', cue: ':', speaker: 'Lind' },
    ]);
  });
});
