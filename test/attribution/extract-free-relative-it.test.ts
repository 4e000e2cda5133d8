/**
 * "Later on Tuesday, the agency published what it called the full text": "it" in a free relative
 * stands for the subject of the clause around it, as "he", "she" and "they" do, when that subject
 * is no person's name, no other pronoun and no plural; that subject is named as the speaker.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('"it" in "what it called"', () => {
  it('speaks for a body that is the clause subject', () => {
    expect(resolvedQuotes('Late on Friday, the ministry released what it called a final offer.')).toEqual([
      { content: 'what it called a final offer', cue: 'called', speaker: 'the ministry', entity: 'the ministry', mode: 'indirect' },
    ]);
  });

  it('is left alone after a person named as the subject', () => {
    expect(resolvedQuotes('Late on Friday, Ruiz released what it called a final offer.').map((quote) => quote.speaker)).toEqual(['it']);
  });
});
