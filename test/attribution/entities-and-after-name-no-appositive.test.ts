/**
 * "The union's president, Maria Lopes, and the firm's chief executive, Dan Holt, spoke": "and"
 * after the comma that follows a name joins a second person; what follows is no appositive of the
 * name, so it gives the first person no role ("and the firm's chief executive").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const roles = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind === 'person').map(({ name, roles }) => ({ name, roles: roles.map((role) => role.title) }));

describe('"and" after a name and its comma', () => {
  it('gives the name no role', () => {
    const found = roles('The union\'s president, Maria Lopes, and the firm\'s chief executive, Dan Holt, met on Friday. Lopes said the offer was poor.');
    expect(found.find((entity) => entity.name === 'Maria Lopes')).toEqual({ name: 'Maria Lopes', roles: ['union\'s president'] });
  });
});
