/**
 * "named" or "called" after a noun whose phrase opens with "a" or "an" further back, past its
 * modifiers ("an already-celebrated Dover builder named Tom Reed"), gives a person or thing its
 * name; no one says anything.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a naming participle after a modified indefinite noun', () => {
  it('reads no statement', () => {
    expect(quotesIn('The story caught the eye of an already-celebrated Dover builder named Tom Reed.')).toEqual([]);
    expect(quotesIn('The boats belong to a small Kent, Del., company called Harbor Works.')).toEqual([]);
  });

  it('still reads "named" as a verb after a subject', () => {
    expect(quotesIn('The mayor of Dover named Tom Reed to the harbor board.')).toEqual([
      { content: 'Tom Reed to the harbor board', cue: 'named', speaker: 'The mayor of Dover' },
    ]);
  });
});
