/**
 * "Later on Tuesday, the agency published what it called the full text": "it" in a free relative
 * stands for the subject of the clause around it, as "he", "she" and "they" do, when that subject
 * is no person's name, no other pronoun and no plural; that subject is named as the speaker. A
 * name after "the" names a body ("the Evening Lantern printed what it said were ..."); a subject
 * set off from its verb by a comma ("when a paper, the Lantern, printed what it said ...") leaves
 * the pronoun to the resolver, for the subject found there may be another clause's.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes, resolvedQuotes } from './found-quotes.js';

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

describe('"it" in a free relative after a name or an aside', () => {
  it('stands for a name after "the"', () => {
    expect(attributedQuotes("The port authority said the cargo was safe. On Friday the Evening Lantern printed what it said were the ship's manifests.")[1]).toEqual({
      content: "what it said were the ship's manifests",
      cue: 'said',
      speaker: 'the Evening Lantern',
      entity: 'Evening Lantern',
    });
  });

  it('is left for the resolver after a subject set off by commas', () => {
    expect(attributedQuotes('The port authority said the cargo was safe. The story changed when a weekly paper, the Lantern, printed what it said were the manifests.')[1]?.speaker).toBe('it');
  });
});
