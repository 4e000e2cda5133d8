/**
 * "“Mayor, I would object,” Arnaud began.": "began" after a quotation reports the opening words of
 * what the speaker went on to say. After unquoted words it names no speaker ("Prices were rising,
 * the slump began") and stays unread.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"began" after a quotation', () => {
  it('reads the quotation as said, with "began" as the cue', () => {
    expect(spokenQuotes('"Mayor, I would object," Arnaud began.')).toEqual([{ content: '"Mayor, I would object,"', cue: 'began', speaker: 'Arnaud' }]);
  });

  it('takes up a quotation that continues after it', () => {
    expect(spokenQuotes('"Friends, this is a sad day," the abbot began. "We have lost the orchard."')).toEqual([
      { content: '"Friends, this is a sad day," the abbot began. "We have lost the orchard."', cue: 'began', speaker: 'the abbot' },
    ]);
  });

  it('reports nothing after unquoted words', () => {
    expect(spokenQuotes('Prices were rising fast, and the slump began.')).toEqual([]);
    expect(spokenQuotes('The harvest was poor, the long winter began.')).toEqual([]);
  });
});
