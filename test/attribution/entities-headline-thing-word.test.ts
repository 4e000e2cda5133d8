/**
 * "Report blames worn brakes", "Survey finds ...": a sentence's or headline's first word that is
 * a document's or a finding's noun is that thing, not a person's name, though it is capitalised.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes as statementsOf } from './found-quotes.js';


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
