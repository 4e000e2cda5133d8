/**
 * "Growers view the levy as a tax", "Most voters view the senator favorably": "view" reports a
 * view held only with "as", "with" or a manner; "Investigators viewed the footage" and "a clip
 * viewed 2 million times" report looking, which is no statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"view" as a verb of belief', () => {
  it('reads a view held with "as", "with" or a manner adverb', () => {
    expect(spokenQuotes('Growers view the levy as a tax on rain.')).toEqual([{ content: 'the levy as a tax on rain', cue: 'view', speaker: 'Growers' }]);
    expect(spokenQuotes('Most voters view the senator favorably.')).toEqual([{ content: 'the senator favorably', cue: 'view', speaker: 'Most voters' }]);
    expect(spokenQuotes('The club views Pell, Dorran, Ashby and the coach more warmly than the owners.')).toEqual([
      { content: 'Pell, Dorran, Ashby and the coach more warmly than the owners', cue: 'views', speaker: 'The club' },
    ]);
  });

  it('reads no statement when something is only looked at', () => {
    expect(spokenQuotes('Investigators viewed the footage on Monday.')).toEqual([]);
    expect(spokenQuotes('A clip viewed 2 million times says the vote was rigged.')).toEqual([
      { content: 'the vote was rigged', cue: 'says', speaker: 'A clip viewed 2 million times' },
    ]);
  });
});
