/**
 * "The Coastal Fisheries Agency, which had sought the quota, welcomed the ruling.": a body's name
 * that is read as a group's phrase is one entity whether it speaks itself or "which" after it
 * does, so the relative pronoun resolves to the entity of the whole wording, not to a second one
 * made of the capitalised words without "The".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('"which" after a body read as a group', () => {
  it('resolves to the body that speaks', () => {
    const text = 'The Coastal Fisheries Agency, which had sought a lower quota, welcomed the ruling.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.cue, quote.entity])).toEqual([
      ['which', 'sought', 'The Coastal Fisheries Agency'],
      ['The Coastal Fisheries Agency, which had sought a lower quota', 'welcomed', 'The Coastal Fisheries Agency'],
    ]);
    expect(analyze({ text }).entities.map((entity) => entity.name)).toEqual(['The Coastal Fisheries Agency']);
  });
});
