/**
 * "Critics of that plan say ...": after a noun and "of", a "that" before a common noun is a
 * demonstrative, the determiner of the phrase "of" joins to the head; the speaker is the whole
 * phrase, and the entity keeps its name ("that" opens no relative clause there).
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('"of that" inside a speaker phrase', () => {
  it('keeps the phrase whole', () => {
    expect(resolvedQuotes('Critics of that levy say it costs farmers too much.')).toEqual([
      { content: 'it costs farmers too much', cue: 'say', speaker: 'Critics of that levy', entity: 'Critics of that levy', mode: 'indirect' },
    ]);
  });

  it('joins the head before an appositive name', () => {
    expect(resolvedQuotes('One of the drafters of that charter, Ines Varo, said it was rushed.')[0]?.entity).toBe('Ines Varo');
  });
});
