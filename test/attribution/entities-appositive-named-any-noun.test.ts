/**
 * "Another parent, a baker called Tomas Riel, said ...": a naming participle puts the name after it
 * to the noun before it, whatever that noun is, so the speaker is the named person even when the
 * noun is a trade no title list holds.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a name put by "called" or "named" to any noun in an appositive', () => {
  it('resolves the speaker to the named person', () => {
    expect(attributedQuotes('Another parent, a cobbler called Piet Haan, said the gate was left open.')).toEqual([
      { content: 'the gate was left open', cue: 'said', speaker: 'Another parent, a cobbler called Piet Haan', entity: 'Piet Haan' },
    ]);
    expect(attributedQuotes('One tenant, a retired baker named Lise Orm, said the boiler had failed twice.')).toEqual([
      { content: 'the boiler had failed twice', cue: 'said', speaker: 'One tenant, a retired baker named Lise Orm', entity: 'Lise Orm' },
    ]);
  });
});
