/**
 * "Watch" opens no name at a sentence's start ("Watch the clip"), but inside a sentence a
 * capitalised "Watch" is part of a body's name ("the group Watch Korvana"): the body is named in
 * full, and the place name after it no longer stands alone as a person whom a later "he" could mean.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('"Watch" inside a name', () => {
  it('names the body in full', () => {
    expect(resolvedQuotes('The group Watch Korvana said it had counted nine arrests.').map((quote) => quote.entity)).toEqual(['Watch Korvana']);
  });

  it('leaves the place after it out of a later pronoun', () => {
    const text = [
      'President Idris Malvo spoke on the radio and said the revolt was over.',
      'The group Watch Korvana said it had counted nine arrests.',
      '"Korvana will not bend," he said.',
    ].join('\n\n');
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Idris Malvo', 'Watch Korvana', 'Idris Malvo']);
  });

  it('still reads no name from "Watch" opening a sentence', () => {
    const text = 'The ferry sank near the pier, Tomas Brill said.\n\nWatch Brill explain the rescue.';
    expect(analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map((entity) => entity.name)).toEqual(['Tomas Brill']);
  });
});
