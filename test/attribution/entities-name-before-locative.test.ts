/**
 * A name followed by a preposition of place and another name ("the Odeon on Quay Street",
 * "Ana Lind in Brill") names the first: the prepositional phrase only says where it is. A name
 * after "the" that stands somewhere so is a venue or a business, no person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function quotesOf(text: string): [string, string | undefined, string | undefined, string | undefined, string | undefined][] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => {
    const entity = analysis.entities.find((candidate) => candidate.id === quote.speaker?.entityId);
    return [quote.content.exact, quote.cue?.exact, quote.speaker?.anchor.exact, entity?.name, entity?.kind];
  });
}

describe('a name before a preposition of place', () => {
  it('names the venue, not the street', () => {
    expect(quotesOf('The Marlowe on Tansy Street announced that it would close in spring.')).toEqual([
      ['it would close in spring', 'announced', 'The Marlowe on Tansy Street', 'Marlowe', 'organization'],
    ]);
  });

  it('names the person, not the town', () => {
    expect(quotesOf('Orla Brennick in Dunmere said the ferry had not run for a week.')).toEqual([
      ['the ferry had not run for a week', 'said', 'Orla Brennick in Dunmere', 'Orla Brennick', 'person'],
    ]);
  });

  it('keeps a pronoun out', () => {
    const [quote] = quotesOf('Nobody in Dunmere said the ferry had run.');
    expect(quote?.[3]).not.toBe('Nobody');
  });
});
