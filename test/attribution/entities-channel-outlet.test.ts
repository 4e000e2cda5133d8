/**
 * "The channel said ...", "a pro-government news channel reported ...": a channel is a
 * broadcaster, an outlet like "state television", not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a channel as a speaker', () => {
  it('is an outlet', () => {
    expect(analyze({ text: 'The channel said the talks would resume in May.' }).entities.map((entity) => [entity.name, entity.kind])).toEqual([['The channel', 'outlet']]);
    expect(analyze({ text: 'A regional news channel reported that the ferry had sunk.' }).entities.map((entity) => [entity.name, entity.kind])).toEqual([['A regional news channel', 'outlet']]);
  });
});
