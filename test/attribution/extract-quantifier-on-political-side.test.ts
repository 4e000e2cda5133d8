/**
 * "Most on the left say ...", "Many on the far left argue ...", "Most on the board say ...": a
 * quantifier standing alone with "on" and a side of politics or a body counts its people, and
 * speaks; "most" before a preposition is that quantity, not the "most" of "the most famous".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a quantifier on a side of politics or a body', () => {
  it('speaks with "left" or "right"', () => {
    expect(spokenQuotes('Most on the left say the treaty is toothless.')).toEqual([{ content: 'the treaty is toothless', cue: 'say', speaker: 'Most on the left' }]);
    expect(spokenQuotes('Many on the far left argue the treaty is toothless.')).toEqual([{ content: 'the treaty is toothless', cue: 'argue', speaker: 'Many on the far left' }]);
    expect(spokenQuotes('Some on the right believe the levy will pass.')).toEqual([{ content: 'the levy will pass', cue: 'believe', speaker: 'Some on the right' }]);
  });

  it('speaks with "most" before a body', () => {
    expect(spokenQuotes('Most on the board say the levy is fair.')).toEqual([{ content: 'the levy is fair', cue: 'say', speaker: 'Most on the board' }]);
  });
});
