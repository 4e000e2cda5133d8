/**
 * "A spokeswoman for the carmaker, Brelland Motors, said": a body's name after a person's
 * description that ends in a word for a body stands in apposition to that body, not to the person.
 * The spokeswoman stays an unnamed person; the company's name is no role holder's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function statementsOf(text: string): { content: string; cue: string | undefined; speaker: string | undefined; entity: string | undefined; kind: string | undefined }[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => {
    const entity = analysis.entities.find((candidate) => candidate.id === quote.speaker?.entityId);
    return { content: quote.content.exact, cue: quote.cue?.exact, speaker: quote.speaker?.anchor.exact, entity: entity?.name, kind: entity?.kind };
  });
}

describe("a company's name in apposition to the body inside a person's description", () => {
  it('leaves the person unnamed and gives the company no role', () => {
    const text = 'A spokeswoman for the carmaker, Brelland Motors, said the recall would cover older vans.';
    expect(statementsOf(text)).toEqual([
      { content: 'the recall would cover older vans', cue: 'said', speaker: 'A spokeswoman for the carmaker, Brelland Motors', entity: 'A spokeswoman for the carmaker', kind: 'person' },
    ]);
    expect(analyze({ text }).entities.some((entity) => entity.name === 'Brelland Motors' && entity.roles.length > 0)).toBe(false);
  });

  it('reads a legal form or a union as a body too', () => {
    const text = 'A lawyer for the firm, Oskaron Ltd, said the permit was valid. An adviser to the union, the Tarley Dockers Union, said talks would resume.';
    expect(statementsOf(text).map(({ entity, kind }) => ({ entity, kind }))).toEqual([
      { entity: 'A lawyer for the firm', kind: 'person' },
      { entity: 'An adviser to the union', kind: 'person' },
    ]);
  });

  it("still names a person in apposition: the spokesman is the one named", () => {
    const text = 'A spokesman for the union, Piet Ravelle, said the vote was close.';
    expect(statementsOf(text)).toEqual([
      { content: 'the vote was close', cue: 'said', speaker: 'A spokesman for the union, Piet Ravelle', entity: 'Piet Ravelle', kind: 'person' },
    ]);
  });

  it('still makes the body speak after a partitive such as "one of them"', () => {
    const text = 'Several grocers opposed the levy. One of them, Harwick Foods, said it would raise prices.';
    const found = statementsOf(text).find((statement) => statement.cue === 'said');
    expect(found).toEqual({ content: 'it would raise prices', cue: 'said', speaker: 'One of them, Harwick Foods', entity: 'Harwick Foods', kind: 'organization' });
  });
});
