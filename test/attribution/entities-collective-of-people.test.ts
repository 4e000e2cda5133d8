/**
 * A collective noun before "of" and a plural ("a group of former employees", "a handful of
 * residents", "a number of parents") names several people: a group, not an organization because
 * "group" heads names of organizations, nor one person because the phrase opens with "a". A span
 * of time ("a couple of weeks") or of things ("a number of studies") is no such group.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('a collective of people', () => {
  it('makes a group of "a group of former employees"', () => {
    const text = 'The suit was filed by a group of former employees, who claim they were underpaid.';
    expect(kindOf(text, 'a group of former employees')).toBe('group');
  });

  it('makes a group of "A handful of residents" and "A number of parents"', () => {
    expect(kindOf('A handful of residents said the road was unsafe.', 'A handful of residents')).toBe('group');
    expect(kindOf('A number of parents said the road was unsafe.', 'A number of parents')).toBe('group');
  });

  it('leaves "a couple of weeks" out of it', () => {
    const text = 'For a couple of weeks the mill was shut.\n\nThey said it would reopen.';
    expect(kindOf(text, 'couple of weeks')).not.toBe('group');
  });
});
