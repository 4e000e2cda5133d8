/**
 * A country's word that is part of the name of a sea, a gulf or another place ("the Indian Ocean",
 * "the Arabian Peninsula") names no side a claim is aimed at; the same word alone does.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const targetsOf = (text: string) => {
  const analysis = analyze({ text });
  const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
  return analysis.claims.filter((claim) => claim.quoteIds.length > 0).map((claim) => claim.targetIds.map((id) => names.get(id)));
};

describe('a side word inside a place name', () => {
  it('makes no target of the country in "the Indian Ocean"', () => {
    expect(targetsOf('Reefs in the western Indian Ocean are recovering, the biologist Ana Moss said.')).toEqual([[]]);
  });

  it('still makes a target of the country its word names alone', () => {
    expect(targetsOf('Indian officials must answer for the delays, the biologist Ana Moss said.')).toEqual([['India']]);
  });
});
