/**
 * "A lawyer representing a group of tenants said ...": a participle of a reduced relative after a
 * description's head ends the head as "of" or "for" does, so the kind comes from "lawyer" (a
 * person), not from the last noun of the relative ("group").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('a participle after a description\'s head', () => {
  it('leaves the kind to the head', () => {
    expect(kindOf('A lawyer representing a group of tenants said the landlord knew.', 'A lawyer representing a group of tenants')).toBe('person');
    expect(kindOf('An engineer working for the rail company said the line was unsafe.', 'An engineer working for the rail company')).toBe('person');
  });

  it('keeps a plural head a group', () => {
    expect(kindOf('Families living near the quarry said the dust was unbearable.', 'Families living near the quarry')).toBe('group');
  });
});
