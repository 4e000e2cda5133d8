/**
 * "The loudest protest came from Ivo Strand, who accused the mayor of hiding the audit and said he
 * would sue": a cue after "and" right where a relative clause's statement ends is that clause's
 * second verb; the relative pronoun, and the one it stands for, speaks it, not the sentence's
 * subject. A verb after the relative clause has closed still goes back to the subject.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a cue chained inside a relative clause', () => {
  it('is spoken by the relative pronoun', () => {
    expect(attributedQuotes('The loudest protest came from Councilman Ivo Strand, who accused the mayor of hiding the audit and said he would sue.')).toEqual([
      { content: 'the mayor of hiding the audit', cue: 'accused', speaker: 'who', entity: 'Ivo Strand' },
      { content: 'he would sue', cue: 'said', speaker: 'who', entity: 'Ivo Strand' },
    ]);
  });

  it('leaves a verb after the closed clause to the subject', () => {
    expect(attributedQuotes('Vera Holm, who accused the mayor of hiding the audit, spoke next and said she would run.')).toEqual([
      { content: 'the mayor of hiding the audit', cue: 'accused', speaker: 'who', entity: 'Vera Holm' },
      { content: 'she would run', cue: 'said', speaker: 'Vera Holm', entity: 'Vera Holm' },
    ]);
  });
});
