/**
 * "Sociologist Ana Lind said ...", "the theologian Tom Reyes": scholars of society and belief are
 * written before a name like a title, as the sciences are; the name is the entity and the
 * scholarship its role.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes } from './found-quotes.js';

describe('scholars before a name', () => {
  it('leaves the title out of the name', () => {
    expect(attributedQuotes('Sociologist Ines Varga said the town had aged.')).toEqual([{ content: 'the town had aged', cue: 'said', speaker: 'Sociologist Ines Varga', entity: 'Ines Varga' }]);
    expect(attributedQuotes('The theologian Piet Osman said the rite was ancient.')).toEqual([{ content: 'the rite was ancient', cue: 'said', speaker: 'The theologian Piet Osman', entity: 'Piet Osman' }]);
  });

  it('gives the title as a role', () => {
    const roles = analyze({ text: 'Demographer Ines Varga said the town had aged.' }).entities.flatMap((entity) => entity.roles.map((role) => role.title));
    expect(roles).toEqual(['Demographer']);
  });
});
