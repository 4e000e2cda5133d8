/**
 * "the advocacy group Tide Herald": a body's kind right before a name says what it is, even when
 * the name ends in a word that names newspapers ("Herald", "Ledger"). The texts are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a body word before a name with an outlet word in it', () => {
  it('makes the name an organization', () => {
    const analysis = analyze({ text: 'The advocacy group Tide Herald said the seawall plan was too timid.' });
    expect(analysis.quotes[0]?.speaker?.text).toBe('The advocacy group Tide Herald');
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toContainEqual(['Tide Herald', 'organization']);
  });

  it('leaves a newspaper named alone an outlet', () => {
    const analysis = analyze({ text: 'The Tide Herald reported that the seawall plan was too timid.' });
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toContainEqual(['The Tide Herald', 'outlet']);
  });
});
