/**
 * A participle after "has", "have" or "had" carries the tense: "Lind has written that ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('perfect tense with a participle unlike the past form', () => {
  it('reads a clause after "has written" and "have shown"', () => {
    expect(quotesIn('Mayor Ana Lind has written that the barge levy failed.')).toEqual([
      { content: 'the barge levy failed', cue: 'written', speaker: 'Mayor Ana Lind' },
    ]);
    expect(quotesIn('Two county polls have shown that the levy is losing.')).toEqual([
      { content: 'the levy is losing', cue: 'shown', speaker: 'Two county polls' },
    ]);
  });

  it('reads an object after "had spoken about" and a contracted "have"', () => {
    expect(quotesIn('Kell had spoken about the ferry toll.')).toEqual([{ content: 'the ferry toll', cue: 'spoken about', speaker: 'Kell' }]);
    expect(quotesIn("They've spoken out against the ferry toll.")).toEqual([
      { content: 'the ferry toll', cue: 'spoken out against', speaker: "They've" },
    ]);
  });

  it('reads a participle after a negated "have"', () => {
    expect(quotesIn("Kell hasn't spoken about the ferry toll.")).toEqual([{ content: 'the ferry toll', cue: 'spoken about', speaker: 'Kell' }]);
  });

  it('does not read acquaintance after "has known"', () => {
    expect(quotesIn('Kell has known the mayor for years.')).toEqual([]);
  });
});
