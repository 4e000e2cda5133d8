/**
 * "His neighbor disagreed. “...,” she said.": a subject that opens with "his", "her" or "their"
 * names someone a later pronoun may stand for, as "The woman disagreed." does; and a description
 * whose lower-case head has a gender ("her sister", "the widow") has that gender, so a pronoun of
 * the other one passes it by.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a subject led by a possessive determiner', () => {
  it('is the antecedent of a later pronoun that speaks', () => {
    const text = '“He gets things done,” said Tom Reese, a welder. His neighbor disagreed. “Twelve years is enough,” she said.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Tom Reese, a welder', 'Tom Reese'],
      ['she', 'His neighbor'],
    ]);
  });

  it('is passed by a pronoun of the other gender than its head', () => {
    const text = '“He gets things done,” said Tom Reese, a welder. Her sister disagreed. “He is right, though,” he said.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Tom Reese, a welder', 'Tom Reese'],
      ['he', 'Tom Reese'],
    ]);
  });
});
