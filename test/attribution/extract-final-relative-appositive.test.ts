/**
 * An indefinite phrase closing the sentence whose relative clause comments on what was said is
 * the writer's, however long the relative clause runs, and after a lone dash as after a comma.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a final indefinite appositive with a relative clause', () => {
  it('ends before ", a move that ..." with a long relative clause', () => {
    expect(
      quotesIn('Kell said the vote was a preview of the June referendum on the ferry levy, a move that could split the harbor alliance the growers have been building for years.'),
    ).toEqual([{ content: 'the vote was a preview of the June referendum on the ferry levy', cue: 'said', speaker: 'Kell' }]);
  });

  it('ends before a lone dash and "a charge that ..."', () => {
    expect(quotesIn('Kell said the count was rigged — a charge that the clerks deny.')).toEqual([
      { content: 'the count was rigged', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('keeps an appositive whose relative clause a comma closes inside the subject', () => {
    expect(
      quotesIn('Kell said that “Tide Line,” a show that began in 1999, and “Low Water,” which began in 2002, were the most watched shows on the harbor channel last year.'),
    ).toEqual([
      {
        content: '“Tide Line,” a show that began in 1999, and “Low Water,” which began in 2002, were the most watched shows on the harbor channel last year',
        cue: 'said',
        speaker: 'Kell',
      },
    ]);
  });

  it('keeps a dash before an indefinite phrase that spells out what was said', () => {
    expect(quotesIn('Ana Mora said the board should restore the spring week — a short period in which growers may sell at the pier.')).toEqual([
      { content: 'the board should restore the spring week — a short period in which growers may sell at the pier', cue: 'said', speaker: 'Ana Mora' },
    ]);
  });
});
