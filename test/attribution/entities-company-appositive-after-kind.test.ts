/**
 * "The port hired an outside firm, Tallis Security, to review the logs. Tallis said ...": a
 * company's name set off by commas after a description headed by a company's kind ("firm",
 * "company") is an organization with that description as its role, so its first word alone later
 * is the company, not a person of that name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a company named in apposition to its kind', () => {
  it('makes the name an organization that its first word takes up', () => {
    const text = 'The port hired an outside firm, Tallis Security, to review the logs. Tallis said the breach began in March.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([['Tallis', 'Tallis Security']]);
    const entity = analyze({ text }).entities.find((found) => found.name === 'Tallis Security');
    expect([entity?.kind, entity?.roles.map((role) => role.title)]).toEqual(['organization', ['outside firm']]);
  });
});
