/**
 * A bare title that labels a quotation at the start of its line, as a subhead of a live report
 * does ("Governor: “...”"), is the person the text names with that title next, as a headline's
 * title is. A title written short ("Gov.", "Sen.") is the same title as the word it stands for.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const speakers = (text: string) => resolvedQuotes(text).map(({ speaker, entity }) => ({ speaker, entity }));

describe('a title labelling a quotation, resolved ahead', () => {
  it('resolves a subhead label to the holder named with the title written short', () => {
    const text = 'Floods close the valley\n\nThe river rose two meters overnight.\n\nGovernor: \u201cStay off the valley roads\u201d\n\nGov. Rosa Ilves closed the valley road at dawn. Ilves said the bridges would be checked.';
    expect(speakers(text)).toEqual([
      { speaker: 'Governor', entity: 'Rosa Ilves' },
      { speaker: 'Ilves', entity: 'Rosa Ilves' },
    ]);
  });

  it('resolves a label after a time stamp and a dash', () => {
    const text = 'Floods close the valley\n\nThe river rose two meters overnight.\n\n6:10 a.m. \u2014 Senator: \u201cThe dam money was never spent\u201d\n\nSen. Otto Brann told a radio station that the repair fund sat idle.';
    expect(speakers(text)[0]).toEqual({ speaker: 'Senator', entity: 'Otto Brann' });
  });

  it('resolves "the governor" in the lede to the "Gov." named right after it', () => {
    const text = 'Floods close the valley\n\nThe governor said on Monday that the valley road would stay shut. Gov. Rosa Ilves, who flew over the river, called the damage severe.';
    expect(speakers(text)).toEqual([
      { speaker: 'The governor', entity: 'Rosa Ilves' },
      { speaker: 'Gov. Rosa Ilves, who flew over the river', entity: 'Rosa Ilves' },
    ]);
  });

  it('leaves a label alone when no one holds the title', () => {
    const text = 'Floods close the valley\n\nThe river rose two meters overnight.\n\nGovernor: \u201cStay off the valley roads\u201d\n\nMayor Rosa Ilves closed the valley road at dawn.';
    expect(speakers(text)[0]?.entity).not.toBe('Rosa Ilves');
  });
});
