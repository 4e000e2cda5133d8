/**
 * "the Journal of Coastal Medicine": a serial's name goes on after "of" like a body's, though
 * "journal" may also stand before a name as its kind ("the journal Tidewater"). The whole name is
 * one outlet, not an outlet "The Journal" beside an organization "Coastal Medicine".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a journal named with "of"', () => {
  it('is one outlet', () => {
    const { entities } = analyze({ text: 'The Journal of Coastal Medicine said the trial was sound.' });
    expect(entities.filter((e) => e.kind !== 'outlet' || e.name !== 'unnamed outlet').map((e) => [e.name, e.kind])).toEqual([['The Journal of Coastal Medicine', 'outlet']]);
  });

  it('still reads "journal" as the kind of the name after it', () => {
    const { entities } = analyze({ text: 'The journal Tidewater said the trial was sound.' });
    expect(entities.find((e) => e.name === 'Tidewater')?.kind).toBe('outlet');
  });
});
