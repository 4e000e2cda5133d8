/**
 * The "I" of a column or of a first-person report, outside quotation marks, is the writer its
 * byline names ("By Maren Holt"); without a byline it stays unresolved, as before.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): [string, string | undefined][] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => [quote.content.exact, analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name]);
}

describe('the writer of a byline', () => {
  it('is the "I" of the writer\'s own statements', () => {
    const text = 'The fare rise is a mistake\n\nBy Maren Holt, Staff Writer\n\nI think the commission is wrong about the fares.';
    expect(speakersOf(text)).toEqual([['the commission is wrong about the fares', 'Maren Holt']]);
  });

  it('is not the "I" of a quotation', () => {
    const text = 'Harbor vote nears\n\nBy Ana Reyes\n\n“I think the vote is ours,” Lind said.';
    expect(speakersOf(text)).toEqual([['“I think the vote is ours,”', 'Lind']]);
  });

  it('needs a paragraph that is only the byline', () => {
    const text = 'By winning the primary, Lind took the lead.\n\nI think the vote is ours.';
    expect(speakersOf(text)).toEqual([['the vote is ours', undefined]]);
  });
});
