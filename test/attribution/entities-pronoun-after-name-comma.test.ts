/**
 * A subject pronoun after the comma that follows a name opens the main clause, not an appositive
 * role: in "Asked whether he had fouled Farr, he shook his head" Farr gains no role "he shook his
 * head".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a pronoun after a name and a comma', () => {
  it('gives the name no role', () => {
    const { entities } = analyze({ text: 'Leo Farr said the penalty was fair. Asked whether he had fouled Farr, he shook his head.' });
    expect(entities.find((entity) => entity.name === 'Leo Farr')?.roles).toEqual([]);
  });

  it('still reads an appositive role', () => {
    const { entities } = analyze({ text: 'Leo Farr, a lawyer, said the penalty was fair.' });
    expect(entities.find((entity) => entity.name === 'Leo Farr')?.roles.map((role) => role.title)).toEqual(['lawyer']);
  });
});
