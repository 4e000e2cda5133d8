/**
 * The kind of entity a speaking description names: a lower-case "observer" or "monitor" is a
 * person though "The Observer" and "The Monitor" are newspapers; "the opposition" and "the bloc"
 * are bodies of parties, and "the junta" is a government.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type EntityKind } from '../../src/index.js';

function speakerKinds(text: string): (EntityKind | undefined)[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.kind);
}

describe('the kind of a speaking description', () => {
  it('reads a lower-case head that names people as a person, a capitalised one as an outlet', () => {
    expect(speakerKinds('One observer said the count was calm.')).toEqual(['person']);
    expect(speakerKinds('A poll monitor said the lines were long.')).toEqual(['person']);
    expect(speakerKinds('The guardian of the boy said he was safe.')).toEqual(['person']);
    expect(speakerKinds('The Observer said the count was calm.')).toEqual(['outlet']);
    expect(speakerKinds('The Monitor reported that turnout was low.')).toEqual(['outlet']);
  });

  it('reads parties and a military government as bodies', () => {
    expect(speakerKinds('The opposition said the vote was rigged.')).toEqual(['organization']);
    expect(speakerKinds('The bloc said talks would resume.')).toEqual(['organization']);
    expect(speakerKinds('The junta said the border was closed.')).toEqual(['government']);
  });
});
