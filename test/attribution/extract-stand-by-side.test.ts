/**
 * "With her brother standing by her side, Mara Quist told the crowd she would run.": "stand by"
 * with someone's side as its object says where a person stands, not a stand taken, so it is no
 * statement; "stood by his remarks" still is.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"stand by" someone\'s side', () => {
  it('is no statement', () => {
    expect(spokenQuotes('With her brother standing by her side, Mara Quist told the crowd she would run.')).toEqual([
      { content: 'she would run', cue: 'told', speaker: 'Mara Quist' },
    ]);
    expect(spokenQuotes("Tom Reyes stood by Quist's side throughout the count.")).toEqual([]);
  });

  it('still reads a stand by what was said', () => {
    expect(spokenQuotes('Tom Reyes stood by his remarks on Tuesday.')).toEqual([{ content: 'his remarks', cue: 'stood by', speaker: 'Tom Reyes' }]);
  });
});
