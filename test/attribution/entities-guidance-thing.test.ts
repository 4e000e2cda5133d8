/**
 * Advice set down in writing ("the guidance", "the guidelines", "the regulations") is a thing that
 * speaks, not a person or a group, and "it" takes it up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('written advice as a speaker', () => {
  it('is a thing that "it" takes up', () => {
    const text = 'The guidance, published on Tuesday, says that boats must carry two radios. It also urges skippers to file a route.';
    expect(resolvedQuotes(text).map(({ speaker, entity }) => ({ speaker, entity }))).toEqual([
      { speaker: 'The guidance, published on Tuesday', entity: 'The guidance' },
      { speaker: 'It', entity: 'The guidance' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'The guidance')?.kind).toBe('unknown');
  });

  it('reads plural guidelines as a thing too', () => {
    const { entities } = analyze({ text: 'The new guidelines recommend that ferries carry more rafts.' });
    expect(entities.find((entity) => entity.name === 'The new guidelines')?.kind).toBe('unknown');
  });
});
