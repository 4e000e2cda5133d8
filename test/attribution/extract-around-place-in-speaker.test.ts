/**
 * "Residents around the quarry say ...", "Many in the village around the quarry fear ...": "around"
 * before an article places the noun before it, as "near" does, and belongs to the speaker's phrase;
 * a quantifier standing alone counts the people of the body or place right after its "in", however
 * far the phrase runs on after it. "around" before a number ("around 200") joins nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"around" and a place in a speaker phrase', () => {
  it('joins the place to the people', () => {
    expect(spokenQuotes('Residents around the quarry say the dust is unbearable.')).toEqual([
      { content: 'the dust is unbearable', cue: 'say', speaker: 'Residents around the quarry' },
    ]);
  });

  it('keeps a quantifier of the body before it', () => {
    expect(spokenQuotes('Many in the village around the new quarry fear their wells will run dry.')).toEqual([
      { content: 'their wells will run dry', cue: 'fear', speaker: 'Many in the village around the new quarry' },
    ]);
    expect(spokenQuotes('Some in the town near the border say the fence is a mistake.')).toEqual([
      { content: 'the fence is a mistake', cue: 'say', speaker: 'Some in the town near the border' },
    ]);
  });
});
