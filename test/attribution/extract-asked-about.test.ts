/**
 * What someone is asked about, after the one asked, is the question put: "Kell asked the mayor
 * about the ferry fees".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"asked X about Y"', () => {
  it('reads what follows "about" after a named listener', () => {
    expect(quotesIn('Reporter Tom Hale asked Mayor Lind about the new bridge.')).toEqual([
      { content: 'the new bridge', cue: 'asked', speaker: 'Reporter Tom Hale' },
    ]);
  });

  it('reads what follows "about" after a listener with a determiner', () => {
    expect(quotesIn('A farmer from Dunmore asked the senator about the price of feed.')).toEqual([
      { content: 'the price of feed', cue: 'asked', speaker: 'A farmer from Dunmore' },
    ]);
  });

  it('reads what follows "about" after an object pronoun', () => {
    expect(quotesIn('The moderators did not ask her about the levy.')).toEqual([
      { content: 'the levy', cue: 'ask', speaker: 'The moderators' },
    ]);
  });

  it('still reads a question word after the listener', () => {
    expect(quotesIn('Tom Hale asked the mayor whether the ferry would run.')).toEqual([
      { content: 'whether the ferry would run', cue: 'asked', speaker: 'Tom Hale' },
    ]);
  });

  it('still reads a request after the listener as an infinitive', () => {
    expect(quotesIn('Tom Hale asked the mayor to talk about the ferry.').map((q) => q.content)).toEqual(['the mayor to talk about the ferry']);
  });
});

describe('a passive "asked about" before a question word', () => {
  it('starts the question at the question word', () => {
    expect(quotesIn('When asked about how the toll money would be spent, the mayor changed the subject.')).toEqual([
      { content: 'how the toll money would be spent', cue: 'asked' },
    ]);
  });
});
