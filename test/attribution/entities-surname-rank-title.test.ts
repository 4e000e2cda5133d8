/**
 * "Major Irina Solovey": a rank that is a common surname too ("Lee Major") is no title head, but
 * before a given name and a surname it is a title; the entity is the name, the rank its role.
 * "Lee Major" stays a name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a rank that is a common surname too', () => {
  it('is a title before a given name and a surname', () => {
    const text = 'The garrison spokeswoman, Major Ingrid Vasko, said the bridge still stood. Vasko added that the road was closed.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Ingrid Vasko', 'Ingrid Vasko']);
    const vasko = analyze({ text }).entities.find((entity) => entity.name === 'Ingrid Vasko');
    expect(vasko?.roles.map((role) => role.title)).toEqual(['Major', 'garrison spokeswoman']);
  });

  it('stays part of a name after a given name', () => {
    expect(resolvedQuotes('Lee Major said the bridge still stood.')[0]?.entity).toBe('Lee Major');
  });
});
