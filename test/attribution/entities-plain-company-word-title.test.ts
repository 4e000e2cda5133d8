/**
 * "Utility company Veltra", "the shipping firm Harlan Moss": the plain words "company" and "firm"
 * stand before a company's name as its kinds do ("drugmaker Halvex"), so the name after them is an
 * organization's (even one that looks like a person's) and a later "the company" or "the firm"
 * finds it. A title that only ends elsewhere ("Company spokesman Tom Reed") still names a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('"company" and "firm" before a name', () => {
  it('reads the name as an organization that "the company" refers back to', () => {
    const text = 'Energy company Ostwind Power said the grid was stable. The company said crews were on call.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the grid was stable', cue: 'said', speaker: 'Energy company Ostwind Power', entity: 'Ostwind Power', mode: 'indirect' },
      { content: 'crews were on call', cue: 'said', speaker: 'The company', entity: 'Ostwind Power', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Ostwind Power')?.kind).toBe('organization');
  });

  it('reads a name like a person\'s after "firm" as an organization', () => {
    const text = 'The accounting firm Dalby Marsh said the books were sound. The firm said it would publish the audit.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Dalby Marsh', 'Dalby Marsh']);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Dalby Marsh')?.kind).toBe('organization');
  });

  it('keeps a person after a title that only opens with "company"', () => {
    const text = 'Company spokeswoman Ines Varga said the plant was safe.';
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Ines Varga')?.kind).toBe('person');
  });
});
