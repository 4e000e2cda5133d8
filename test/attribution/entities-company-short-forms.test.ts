/**
 * News copy names an organization in full once and by its first word after that: "Calloway Health"
 * then "Calloway", "Harwick Group" then "Harwick", "Osler Bank" then "Osler". A name ending in
 * "Health" or "Healthcare" is a company's, not a person's; one ending in "Group" or "Bank" is
 * shortened so too, though such an ending alone does not make a name a company's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('an organization named later by its first word', () => {
  it('reads "Calloway Health" as a company that "Calloway" names again', () => {
    const text = 'A judge ruled against the clinic operator Calloway Health on Monday.\n\nCalloway said in a statement that its fees were fair.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'its fees were fair', cue: 'said', speaker: 'Calloway', entity: 'Calloway Health', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Calloway Health')?.kind).toBe('organization');
  });

  it('finds "Harwick Group" and "Osler Bank" by their first words', () => {
    const group = 'Harwick Group said on Monday that it would appeal.\n\nHarwick said the ruling was wrong.';
    expect(resolvedQuotes(group).map((quote) => quote.entity)).toEqual(['Harwick Group', 'Harwick Group']);
    const bank = 'Osler Bank said profits fell.\n\nOsler said it would cut jobs.';
    expect(resolvedQuotes(bank).map((quote) => quote.entity)).toEqual(['Osler Bank', 'Osler Bank']);
  });

  it('does not take a person for a group of that surname', () => {
    const text = 'Osler Bank said profits fell.\n\nMara Osler said she would sell her shares.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Osler Bank', 'Mara Osler']);
  });

  it('finds "Velmont Group" by its first word when it is named first as no speaker', () => {
    const text = 'Velmont Group bought a paint maker on Monday.\n\nVelmont said it would pay in cash.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'it would pay in cash', cue: 'said', speaker: 'Velmont', entity: 'Velmont Group', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.filter((entity) => entity.kind === 'person')).toEqual([]);
  });

  it('does not make an organization of a place in "Bank" named after a point of the compass', () => {
    const text = 'Farmers in the West Bank picked olives on Monday.\n\nThe minister said the harvest was good.';
    expect(analyze({ text }).entities.map((entity) => entity.name)).not.toContain('West Bank');
  });
});
