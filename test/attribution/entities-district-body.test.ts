/**
 * "The district said ...": a school or water district that speaks is a local public body, as a
 * county or a city is, not a person. The texts are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a district that speaks', () => {
  it('is a government body', () => {
    const analysis = analyze({ text: 'The district said it would publish a revised bus plan by June.' });
    expect(analysis.quotes[0]?.speaker?.text).toBe('The district');
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toContainEqual(['The district', 'government']);
  });

  it('is one when named in full', () => {
    const analysis = analyze({ text: 'The Marlow Valley Water District said the reservoir was half full.' });
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toContainEqual(['Marlow Valley Water District', 'government']);
  });
});
