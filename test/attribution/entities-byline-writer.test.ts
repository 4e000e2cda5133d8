/**
 * The "I" of a column or of a first-person report, outside quotation marks, is the writer its
 * byline names ("By Maren Holt"); without a byline it stays unresolved, as before. In an
 * interview set out as "Q:" and "A:", the "I" of an answer is the one interviewed.
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

describe('the one who answers in a question-and-answer interview', () => {
  const text = [
    'Five questions for the harbor master',
    'Ana Lind took over the port this month. She spoke with the Courier about fees.',
    'Q: Will fees go up?',
    'A: Not this year. I told the board we can hold them until the new dock opens.',
  ].join('\n\n');

  it('is the person the introduction names', () => {
    expect(speakersOf(text)).toEqual([
      ['fees', 'Ana Lind'],
      ['we can hold them until the new dock opens', 'Ana Lind'],
    ]);
  });

  it('is not looked for outside an answer', () => {
    expect(speakersOf(text.replace('A: Not', 'Not'))[1]).toEqual(['we can hold them until the new dock opens', undefined]);
  });

  it('stays the same person through a long interview', () => {
    // Each answer names other people, so the introduction falls far behind the latest mentions.
    const turns: string[] = [];
    for (let k = 0; k < 30; k++) turns.push(`Q: What about pier ${k + 1}?`, `A: Councilman Ed Roe and Mayor Tom Kell spoke about it. I think pier ${k + 1} will reopen.`);
    const long = ['Ana Lind took over the port this month. She spoke with the Courier about fees.', ...turns].join('\n\n');
    const answers = speakersOf(long).filter(([content]) => content.startsWith('pier'));
    expect(answers).toHaveLength(30);
    for (const [, entity] of answers) expect(entity).toBe('Ana Lind');
  });
});
