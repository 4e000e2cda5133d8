/**
 * "The Confederation of Tile Makers said ...": "confederation" heads the name of an organization,
 * as "federation" does, so the whole name is kept and the body is an organization, not a person
 * named after the words that follow "of".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('"confederation" as the head of an organization', () => {
  it('keeps the whole name as an organization', () => {
    const analysis = analyze({ text: 'The Confederation of Tile Makers said exports fell by a third.' });
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toEqual([['The Confederation of Tile Makers', 'organization']]);
    expect(analysis.quotes.map((q) => ({ content: q.content.exact, speaker: q.speaker?.text }))).toEqual([{ content: 'exports fell by a third', speaker: 'The Confederation of Tile Makers' }]);
  });
});
