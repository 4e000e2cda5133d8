/**
 * A word that is a title elsewhere ("General", "King", "Justice") is part of an organization's
 * name when the name ends in a word of organizations: "Kestrel General Hospital", "General
 * Halvex Industries". The name is not cut after it, as "Gen. Ana Roth" is cut after "Gen.".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a title word inside an organization\'s name', () => {
  it('keeps "Kestrel General Hospital" whole', () => {
    const text = 'Kestrel General Hospital said the patient was in stable condition.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the patient was in stable condition', cue: 'said', speaker: 'Kestrel General Hospital', entity: 'Kestrel General Hospital', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities[0]?.kind).toBe('organization');
  });

  it('keeps "General Halvex Industries" whole', () => {
    const text = 'General Halvex Industries said sales rose.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['General Halvex Industries']);
  });

  it('still reads a general before a person\'s name as a title', () => {
    const text = 'General Ana Roth said the convoy had left.';
    const analysis = analyze({ text });
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Ana Roth']);
    expect(analysis.entities[0]?.roles.map((role) => role.title)).toEqual(['General']);
  });
});
