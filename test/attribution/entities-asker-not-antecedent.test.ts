/**
 * The agent of a question put to someone ("Asked by a reporter whether ...", "was asked by a
 * caller why ...") is not who the sentence is about: a pronoun after it goes to the one asked,
 * not to the one who asked.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('the one who asks', () => {
  it('is passed over by the pronoun of the answer', () => {
    const text = 'Councilwoman Ines Roth said the vote would wait until spring. Asked by a reporter whether she backed the cap, she said: \u201cI back a city people can afford.\u201d';
    expect(entityOf(text, 'she')).toBe('Ines Roth');
  });

  it('is passed over after "was asked by"', () => {
    const text = 'Radio host Tom Vale was asked by a listener why the ferry ran late. \u201cBecause nobody fixed the engine,\u201d he said.';
    expect(entityOf(text, 'he')).toBe('Tom Vale');
  });
});
