/**
 * "The defense says ...", "the prosecution argued ...": the sides of a trial are legal teams,
 * entities of kind organization, not persons.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('the sides of a trial', () => {
  const { entities } = analyze({ text: 'The defense says the ledger proves nothing. The prosecution argued that the ledger was forged. The defence said it would appeal.' });
  const kind = (name: string) => entities.find((e) => e.name === name)?.kind;

  it('makes each an organization', () => {
    expect(kind('The defense')).toBe('organization');
    expect(kind('The prosecution')).toBe('organization');
    expect(kind('The defence')).toBe('organization');
  });
});
