/**
 * "The Tarn Prison Justice Project said ...": "Project" ends the name of an advocacy group, as
 * "Watch" does, so a title word inside the name ("Justice") is part of it and the whole name is
 * an organization; before, "Justice" was read as a judge's title and "Project" as a person. Such
 * a group is no company: "the company" passes over it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

const names = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map(({ name, kind }) => ({ name, kind }));
const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('a name ending in "Project"', () => {
  it('is an organization, with a title word inside it', () => {
    expect(names('The Tarn Prison Justice Project said it had logged forty complaints.')).toEqual([{ name: 'Tarn Prison Justice Project', kind: 'organization' }]);
  });

  it('is no company', () => {
    const text = 'Orlin Freight said it would close the depot. The Dock Workers Project said it would help the drivers. The company said it regretted the loss.';
    expect(entityOf(text, 'The company')).toBe('Orlin Freight');
  });
});
