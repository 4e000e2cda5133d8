/**
 * An infinitive goes on with base verbs only: "and" or "but" before a tensed auxiliary ("has",
 * "is", "did") starts the subject's next predicate, which is the writer's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an infinitive before "and" or "but" and a tensed verb', () => {
  it('ends an intention before "but is"', () => {
    expect(quotesIn('Vera Holm plans to vote in the Orvik runoff but is undecided.')).toEqual([
      { content: 'to vote in the Orvik runoff', cue: 'plans', speaker: 'Vera Holm' },
    ]);
  });

  it('ends what a listener is asked before "and has", with an adverb between', () => {
    expect(quotesIn('Lind asked the growers to drop the suit and has repeatedly called the levy a fraud.')).toEqual([
      { content: 'the growers to drop the suit', cue: 'asked', speaker: 'Lind' },
      { content: 'the levy a fraud', cue: 'called', speaker: 'Lind' },
    ]);
  });

  it('ends before "and is instead"', () => {
    expect(quotesIn('Kell declined to attend the ferry hearing and is instead touring the valley.')).toEqual([
      { content: 'to attend the ferry hearing', cue: 'declined', speaker: 'Kell' },
    ]);
  });

  it('goes on when a clause inside the infinitive has its own verb', () => {
    expect(quotesIn('Lind wants voters to know the dam is safe and has been inspected.')).toEqual([
      { content: 'voters to know the dam is safe and has been inspected', cue: 'wants', speaker: 'Lind' },
    ]);
  });
});
