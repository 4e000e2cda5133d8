/**
 * A bare title ("the minister") looks back to a holder of that title met in its own paragraph
 * before one met only in an earlier paragraph, however many words each holder's title has.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/** The entity each statement's speaker resolves to, in text order. */
function speakers(text: string): (string | undefined)[] {
  return resolvedQuotes(text).map((quote) => quote.entity);
}

describe('a bare title and the holder met in its paragraph', () => {
  it('finds the minister of the same paragraph, not one quoted a paragraph before', () => {
    const text =
      'Foreign Minister Ada Korvel said the border would stay closed.\n\n' +
      'Marovian Defense Minister Pell Osgard accused the rebels of breaking the truce. The minister said his troops had held their fire.';
    expect(speakers(text)).toEqual(['Ada Korvel', 'Pell Osgard', 'Pell Osgard']);
  });

  it('keeps the shorter title when the paragraph names no holder', () => {
    const text =
      'Foreign Minister Ada Korvel said the border would stay closed. Marovian Defense Minister Pell Osgard said the rebels had broken the truce.\n\n' +
      'The minister said the talks would go on.';
    expect(speakers(text)[2]).toBe('Ada Korvel');
  });

  it('leaves two holders of one paragraph unresolved as before', () => {
    const text = 'Foreign Minister Ada Korvel said the border would stay closed.\n\nPrime Minister Lio Marsh met Health Minister Omar Fenn. The minister said the talks went well.';
    expect(speakers(text)).toEqual(['Ada Korvel', undefined]);
  });
});
