/**
 * "The state's fire and rescue service said ...": two bare lower-case modifiers joined by "and"
 * after a possessive, before the head both modify, belong to one speaker phrase, as they do after
 * an article ("the oil and gas firm"); the speaker is not cut to the words after "and".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('modifiers joined by "and" after a possessive', () => {
  it('keeps the whole phrase as the speaker', () => {
    expect(spokenQuotes("The province's flood and drought office said the dam would hold.")).toEqual([{ content: 'the dam would hold', cue: 'said', speaker: "The province's flood and drought office" }]);
    expect(spokenQuotes("Officials at the town's roads and bridges department said the crossing would reopen.")).toEqual([
      { content: 'the crossing would reopen', cue: 'said', speaker: "Officials at the town's roads and bridges department" },
    ]);
  });
});
