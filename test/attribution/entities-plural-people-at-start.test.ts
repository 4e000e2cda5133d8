/**
 * A plural noun for people opening a sentence ("Colleagues", "Mourners", "Delegates") is a group
 * of people, not a name, even though it is capitalised there; so a later "she" does not go back
 * to it. The texts are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a plural noun for people at the start of a sentence', () => {
  it('is a group', () => {
    const analysis = analyze({ text: 'Colleagues said the surveyor rarely slept. Mourners said the square felt empty. Delegates said the vote was close.' });
    expect(analysis.quotes.map((quote) => quote.speaker?.text)).toEqual(['Colleagues', 'Mourners', 'Delegates']);
    expect(analysis.entities.filter((entity) => entity.kind === 'group').map((entity) => entity.name)).toEqual(['Colleagues', 'Mourners', 'Delegates']);
  });

  it('is no antecedent for "she"', () => {
    const analysis = analyze({ text: 'Helen Rusk, the harbor pilot, retired in May. Teammates said she never missed a tide. She said the river taught her patience.' });
    const byId = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
    expect(analysis.quotes.map((quote) => (quote.speaker?.entityId === undefined ? undefined : byId.get(quote.speaker.entityId)))).toEqual(['Teammates', 'Helen Rusk']);
  });
});
