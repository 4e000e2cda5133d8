/**
 * "The warden (who has run the prison since 2019) said ...": an aside in parentheses after a
 * description is no part of the entity's name, which is the description alone, and a later "the
 * warden" finds the same entity.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a description before an aside in parentheses', () => {
  it('names the entity without the aside', () => {
    const { entities, quotes } = analyze({ text: 'The warden (who has run the prison since 2019) said the cells were full. The warden added that two wings would reopen.' });
    expect(entities.map((entity) => [entity.name, entity.kind])).toEqual([['The warden', 'person']]);
    expect(quotes.map((quote) => quote.speaker?.entityId)).toEqual([entities[0]?.id, entities[0]?.id]);
  });

  it('does so for an aside that is a clause of its own', () => {
    const { entities } = analyze({ text: 'A ranger (she asked not to be named) said the trail was closed.' });
    expect(entities.map((entity) => entity.name)).toEqual(['A ranger']);
  });
});
