/**
 * A quotation introduced by its cue that runs over several paragraphs, each reopening it and only
 * the last closing it, is one statement from its opening mark to its closing mark: no paragraph of
 * it is lost.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a quotation over several paragraphs after its cue', () => {
  it('runs the statement to the quotation\'s close', () => {
    const text = 'At the hearing, Rhea Lind said: "The first problem is the money. We have none.\n\n"The second problem is time.\n\n"And the third problem is trust."\n\nThe committee adjourned.';
    const quotes = analyze({ text }).quotes;
    expect(quotes.map((q) => ({ content: q.content.exact, cue: q.cue?.exact, speaker: q.speaker?.anchor.exact }))).toEqual([
      {
        content: '"The first problem is the money. We have none.\n\n"The second problem is time.\n\n"And the third problem is trust."',
        cue: 'said',
        speaker: 'Rhea Lind',
      },
    ]);
  });

  it('leaves a quotation closed in its own paragraph as it is', () => {
    const text = 'Lind said: "The money is gone."\n\n"Time is short," Kell said.';
    expect(analyze({ text }).quotes.map((q) => q.content.exact)).toEqual(['"The money is gone."', '"Time is short,"']);
  });
});
