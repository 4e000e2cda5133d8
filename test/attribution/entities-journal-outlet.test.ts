/**
 * A name after "the journal" is a journal's, an outlet ("published in the journal Coastal
 * Letters"), as a name after "the newspaper" or "the magazine" is.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a journal named after its descriptor', () => {
  it('is an outlet', () => {
    const { entities } = analyze({ text: 'The findings, published in the journal Coastal Letters, show that the reefs recovered.' });
    expect(entities.find((entity) => entity.name === 'Coastal Letters')?.kind).toBe('outlet');
  });
});
