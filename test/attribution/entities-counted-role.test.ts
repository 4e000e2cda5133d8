/**
 * A description before a name in commas gives the name's entity a role; a word that only counts
 * the people so described ("another parent", "one resident", "a third analyst") is not part of it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

function rolesOf(text: string, name: string): string[] {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.roles.map((role) => role.title) ?? [];
}

describe('a counting word before a described name', () => {
  it('gives "another parent, Dan Roe," the role "parent"', () => {
    const text = 'But another parent, Dan Roe, said the bus would come too late.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the bus would come too late', cue: 'said', speaker: 'another parent, Dan Roe', entity: 'Dan Roe', mode: 'indirect' },
    ]);
    expect(rolesOf(text, 'Dan Roe')).toEqual(['parent']);
  });

  it('drops "One" and "a third" as well', () => {
    expect(rolesOf('One resident, Sam Lee, said the fees were fair.', 'Sam Lee')).toEqual(['resident']);
    expect(rolesOf('A third analyst, Sam Lee, said the fees were fair.', 'Sam Lee')).toEqual(['analyst']);
  });
});
