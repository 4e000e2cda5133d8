/**
 * "One volunteer, a retired nurse named Ines Vall, said ...": a naming participle ("named",
 * "called") between the appositive's description and the name still puts the name to the speaker,
 * as "One volunteer, Ines Vall, said" does; a later pronoun takes her up.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a name put to an appositive description by "named" or "called"', () => {
  it('resolves the speaker to the name', () => {
    expect(attributedQuotes('One volunteer, a retired nurse named Ines Vall, said most visitors came at dusk. She said the water ran out by noon.')).toEqual([
      { content: 'most visitors came at dusk', cue: 'said', speaker: 'One volunteer, a retired nurse named Ines Vall', entity: 'Ines Vall' },
      { content: 'the water ran out by noon', cue: 'said', speaker: 'She', entity: 'Ines Vall' },
    ]);
  });

  it('reads "called" as "named"', () => {
    expect(attributedQuotes('A resident, a fisherman called Oskar Brenn, said the pier had flooded twice.')).toEqual([
      { content: 'the pier had flooded twice', cue: 'said', speaker: 'A resident, a fisherman called Oskar Brenn', entity: 'Oskar Brenn' },
    ]);
  });
});
