/**
 * "Marisol Keefe of Dallin said": a full name before "of" and a place or body is the person who
 * speaks, even when the given name is one the list of given names lacks; the place only says
 * where the person is from. A body's own name ("Royal Bank of Dallin") or a title ("Former
 * Secretary of State") before "of" is no such name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakerEntities(text: string): { name: string; kind: string }[] {
  const analysis = analyze({ text });
  const out: { name: string; kind: string }[] = [];
  for (const quote of analysis.quotes) {
    const entity = analysis.entities.find((candidate) => candidate.id === quote.speaker?.entityId);
    if (entity !== undefined) out.push({ name: entity.name, kind: entity.kind });
  }
  return out;
}

describe('a full name before "of" and a place', () => {
  it('makes the person speak, not the place', () => {
    expect(speakerEntities('Marisol Keefe of Dallin said the count was wrong.')).toEqual([{ name: 'Marisol Keefe', kind: 'person' }]);
  });

  it('keeps the person with a relative clause after the place', () => {
    expect(speakerEntities('Jorund Vask of the Dallin Tenants League, who led the march, said the rent freeze would hold.')).toEqual([
      { name: 'Jorund Vask', kind: 'person' },
    ]);
  });

  it('leaves a body named with "of" whole', () => {
    expect(speakerEntities('Royal Bank of Dallin said rates would rise.')).toEqual([{ name: 'Royal Bank of Dallin', kind: 'organization' }]);
  });

  it('does not read the words of a body after an article as a name', () => {
    expect(speakerEntities('The Ferry Workers of Dallin said the strike would go on.').map((entity) => entity.name)).not.toContain('Ferry Workers');
  });
});
