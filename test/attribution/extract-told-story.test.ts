/**
 * A story told is what was said: "told a joke", "tells a different story", and after "the story
 * of" what the story is of. A listener before the story keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a story told', () => {
  it('reads "told a joke" with the joke as what was said', () => {
    expect(quotesIn('At the harbor fair, Mayor Ostrander told a joke.')).toEqual([
      { content: 'a joke', cue: 'told', speaker: 'Mayor Ostrander' },
    ]);
  });

  it('reads a story qualified by adjectives', () => {
    expect(quotesIn('The ferry company told a rather odd tale.')).toEqual([
      { content: 'a rather odd tale', cue: 'told', speaker: 'The ferry company' },
    ]);
  });

  it('reads what "the story of" is of', () => {
    expect(quotesIn('Ostrander often tells the story of how the old ferry sank.')).toEqual([
      { content: 'how the old ferry sank', cue: 'tells', speaker: 'Ostrander' },
    ]);
  });

  it('keeps a listener before the story', () => {
    expect(quotesIn('Ostrander told reporters a story about the pier.')).toEqual([
      { content: 'a story about the pier', cue: 'told', speaker: 'Ostrander' },
    ]);
  });
});
