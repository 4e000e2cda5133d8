/**
 * "“Q,” he said in his speech that night": "that" before a time word in the adjunct after a
 * postposed cue is a determiner, not the start of a clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"that" before a time word after a postposed cue', () => {
  it('attributes the quotation when the adjunct ends in "that night"', () => {
    expect(quotesIn('"This was the day the river came back," Oren Kell said in his speech that night.')).toEqual([
      { content: '"This was the day the river came back,"', cue: 'said', speaker: 'Oren Kell' },
    ]);
  });

  it('attributes the quotation when the adjunct holds "that morning"', () => {
    expect(quotesIn('"We will reopen the mill," Ana Lind told reporters that morning.')).toEqual([
      { content: '"We will reopen the mill,"', cue: 'told', speaker: 'Ana Lind' },
    ]);
  });
});
