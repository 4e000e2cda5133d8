/**
 * A relative clause on the subject whose verb is itself a cue with only an object after it:
 * "Groups that have endorsed him say ...", "Farmers who praised him said ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('cues with an object inside a relative clause on the subject', () => {
  it('gives the main verb the whole subject after an object pronoun', () => {
    expect(quotesIn('Growers that have endorsed him say the dam will hold.')).toEqual([
      { content: 'the dam will hold', cue: 'say', speaker: 'Growers that have endorsed him' },
    ]);
    expect(quotesIn('Farmers who praised him said the dam will hold.')).toEqual([
      { content: 'him', cue: 'praised', speaker: 'who' },
      { content: 'the dam will hold', cue: 'said', speaker: 'Farmers who praised him' },
    ]);
  });

  it('still needs the relative pronoun', () => {
    expect(quotesIn('The mayor praised him, said the clerk.')).not.toContainEqual(expect.objectContaining({ speaker: 'The mayor praised him' }));
  });
});
