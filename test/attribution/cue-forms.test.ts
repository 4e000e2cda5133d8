import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_CUE_LEXICON, extendCueLexicon, type CueEntry } from '../../src/index.js';

function found(text: string, extra: CueEntry): [string, string | undefined, string | undefined][] {
  const cues = extendCueLexicon(DEFAULT_CUE_LEXICON, [extra]);
  return analyze({ text }, { cues }).quotes.map((q) => [q.content.exact, q.cue?.exact, q.speaker?.text]);
}

describe('cue entries with missing forms', () => {
  const pastOnly: CueEntry = { lemma: 'harrumph', kind: 'speech', frames: ['that', 'clause', 'postposed'], forms: ['', '', 'harrumphed', 'harrumphed', ''] };

  it('reads a verb given only its past forms', () => {
    expect(found('Kell harrumphed that the levy was unfair.', pastOnly)).toEqual([['the levy was unfair', 'harrumphed', 'Kell']]);
    expect(found('“The levy is unfair,” Kell harrumphed.', pastOnly)).toEqual([['“The levy is unfair,”', 'harrumphed', 'Kell']]);
  });

  it('reads an adjective, whose one form stands in the -s slot, only after "be"', () => {
    const adjective: CueEntry = { lemma: 'keen', kind: 'intention', frames: ['infinitive'], forms: ['', 'keen'] };
    expect(found('The growers were keen to sell the orchard.', adjective)).toEqual([['to sell the orchard', 'keen', 'The growers']]);
    expect(found('Keen growers plan to sell.', adjective).map(([, cue]) => cue)).not.toContain('Keen');
  });
});
