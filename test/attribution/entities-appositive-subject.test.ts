/**
 * A lone name set off by commas after a person's description that opens a sentence ("Pirk's
 * daughter, Sanna, grew up on the boat.") is someone a later pronoun may stand for, though she
 * says nothing in that sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): [string, string | undefined][] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => [quote.content.exact, analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name]);
}

describe('a name in apposition to the subject', () => {
  it('is what a later pronoun stands for', () => {
    const text = "Edda Lorne says the bridge will kill the village. Pirk's daughter, Sanna, grew up on the boat. She says her father never panicked.";
    expect(speakersOf(text)).toEqual([
      ['the bridge will kill the village', 'Edda Lorne'],
      ['her father never panicked', 'Sanna'],
    ]);
  });

  it('needs a description of a person before it', () => {
    const text = 'Edda Lorne says the bridge will kill the village. The old boat, Mary, sank in March. She says the ferry was safe.';
    expect(speakersOf(text)).toEqual([
      ['the bridge will kill the village', 'Edda Lorne'],
      ['the ferry was safe', 'Edda Lorne'],
    ]);
  });
});
