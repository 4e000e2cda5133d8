/**
 * "Norway said ...", "Belarus rejected ...": the names of states news text cites as actors are
 * governments, not people, so that "it" and "the government" can find them. States whose names are
 * also common given names ("Jordan", "Chad") are left out.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('more states as governments', () => {
  it('reads them as governments', () => {
    for (const name of ['Norway', 'Belarus', 'Kenya', 'Uruguay', 'New Zealand']) {
      const analysis = analyze({ text: `${name} said it would expel two diplomats.` });
      expect(analysis.entities.find((entity) => entity.name === name)?.kind).toBe('government');
    }
  });

  it('leaves a state named like a person to the text', () => {
    const analysis = analyze({ text: 'Jordan Pike said the vote was close.' });
    expect(analysis.entities.find((entity) => entity.name === 'Jordan Pike')?.kind).toBe('person');
  });
});
