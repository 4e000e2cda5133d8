/**
 * "The press office in Tarsk said ...", "the embassy in Velmora said ...": a lower-case body before
 * "in", "at" or "near" heads the speaker phrase and the name after it only tells where the body
 * sits, so the speaker is the body, not a person named like the place. A person's title before a
 * place still gives the person ("The office of Mayor Ana Reyes").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): ({ name: string; kind: string } | undefined)[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => {
    const entity = analysis.entities.find((e) => e.id === quote.speaker?.entityId);
    return entity === undefined ? undefined : { name: entity.name, kind: entity.kind };
  });
}

describe('a body before a place in the speaker phrase', () => {
  it('is the speaker, not the place', () => {
    expect(speakersOf('The press office in Tarsk said the border crossing would reopen.')).toEqual([
      { name: 'The press office in Tarsk', kind: 'organization' },
    ]);
    expect(speakersOf('The embassy in Velmora said two of its staff had been expelled.')).toEqual([
      { name: 'The embassy in Velmora', kind: 'government' },
    ]);
  });

  it('leaves a person named after "of" to speak', () => {
    expect(speakersOf('The office of Mayor Ines Kordan said the parade was cancelled.')).toEqual([{ name: 'Ines Kordan', kind: 'person' }]);
  });
});
