/**
 * "Report blames worn brakes", "Survey finds ...": a sentence's or headline's first word that is
 * a document's or a finding's noun is that thing, not a person's name, though it is capitalised.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function statementsOf(text: string): { content: string; cue: string | undefined; speaker: string | undefined; kind: string | undefined }[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => ({
    content: quote.content.exact,
    cue: quote.cue?.exact,
    speaker: quote.speaker?.anchor.exact,
    kind: analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.kind,
  }));
}

describe("a document's noun at a sentence's start", () => {
  it('is a thing, not a person', () => {
    expect(statementsOf('Survey finds that most commuters in Tarn cycle to work.')).toEqual([
      { content: 'most commuters in Tarn cycle to work', cue: 'finds', speaker: 'Survey', kind: 'unknown' },
    ]);
  });

  it('leaves a one-word surname at the start a person', () => {
    expect(statementsOf('Varne said that most commuters in Tarn cycle to work.').map((statement) => statement.kind)).toEqual(['person']);
  });
});
