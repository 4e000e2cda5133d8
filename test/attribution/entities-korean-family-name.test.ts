/**
 * "Ms. Park" for "Park Ji-won": a Korean name is written family name first, with a hyphenated
 * given name, and the family name with an honorific names its holder. Without the hyphen an
 * honorific with the first word of a two-word name stays apart ("Mr. Young" is not "Young Kim").
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('an honorific with a family name written first', () => {
  it('finds the holder of a hyphenated given name', () => {
    const found = resolvedQuotes('The host, Seo Min-ha, opened the forum. Ms. Seo said the talks had gone well.');
    expect(found.map((q) => q.entity)).toEqual(['Seo Min-ha']);
  });

  it('keeps "Mr. Young" apart from "Young Kim"', () => {
    const found = resolvedQuotes('Young Kim said the talks had gone well. Mr. Young said they had not.');
    expect(found.map((q) => q.entity)).toEqual(['Young Kim', 'Young']);
  });
});
