/**
 * "Ruiz said the talks had stalled. The captain himself, he added, would not comment.": a
 * reflexive after the subject's head goes with the subject, so the attribution set off by commas
 * after it is read as an aside, as it is after "The captain,"; the subject of what was said is no
 * antecedent of the pronoun that says it.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('a reflexive after the subject before a parenthetical cue', () => {
  it('leaves the subject out of the pronoun\'s antecedents', () => {
    expect(entityOf('Tomas Ruiz said the talks had stalled. The captain himself, he added, would not comment.', 'he')).toBe('Tomas Ruiz');
    expect(entityOf('Ana Lind said the vote was close. The mayor herself, she added, had not decided.', 'she')).toBe('Ana Lind');
  });
});
