/**
 * "port operator Dave Marsh", "manufacturer Ron Vale": a company's kind before a given name and a
 * surname is the person's trade, so the name is a person and a later "he" can stand for them;
 * before a name that opens with no given name ("port operator Harbor Link") it is a company.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakerEntities(text: string): ({ name: string; kind: string } | undefined)[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => {
    const entity = analysis.entities.find((e) => e.id === quote.speaker?.entityId);
    return entity === undefined ? undefined : { name: entity.name, kind: entity.kind };
  });
}

describe('a trade before a given name and a surname', () => {
  it('reads the name as a person, whom a later pronoun resolves to', () => {
    expect(speakerEntities('The man, port operator Dave Marsh, remembers the dinner well. He said the deal was fair.')).toEqual([
      { name: 'Dave Marsh', kind: 'person' },
    ]);
    expect(speakerEntities('Manufacturer Ron Vale said the plant would stay open.')).toEqual([{ name: 'Ron Vale', kind: 'person' }]);
  });

  it('still reads a company after its kind', () => {
    expect(speakerEntities('Port operator Harbor Link said the deal was fair.')).toEqual([{ name: 'Harbor Link', kind: 'organization' }]);
  });
});
