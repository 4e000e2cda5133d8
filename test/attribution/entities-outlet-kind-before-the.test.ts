/**
 * An outlet's kind may stand before a name that has its own "The" ("the technology site The
 * Byteline", "the weekly The Harbor Voice"): the name is an outlet, as after "the site Byteline".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('an outlet kind before a name with its own "The"', () => {
  it('makes the name an outlet', () => {
    const { entities } = analyze({ text: 'The technology site The Quillfeed reported that the layoffs would reach 4,000.' });
    expect(entities.filter((entity) => entity.kind === 'outlet').map((entity) => entity.name)).toContain('The Quillfeed');
    expect(entities.filter((entity) => entity.kind === 'person')).toEqual([]);
  });
});
