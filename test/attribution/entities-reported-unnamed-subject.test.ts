/**
 * "Aides say the senator is frustrated, though she said last week that ...": the unnamed subject
 * of a clause a group reports is no subject of the text, but a pronoun later in the same sentence
 * that the sentence's own speaker cannot be stands for it, not for a speaker of an earlier
 * sentence. A speaker of the same sentence who fits the pronoun still comes first.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('the unnamed subject of a reported clause', () => {
  it('is the antecedent of a pronoun later in its sentence that the speaker does not fit', () => {
    const quotes = attributedQuotes('"It is early," said Rowan Pell, a pollster. Staffers say the governor is weary, though she said on Sunday that the tour would go on.');
    expect(quotes.at(-1)).toEqual({ content: 'the tour would go on', cue: 'said', speaker: 'she', entity: 'the governor' });
  });

  it('gives way to a speaker of the same sentence who fits', () => {
    const quotes = attributedQuotes('Rowan Pell spoke first. Mara Kell said the governor had erred, but she later told reporters that the vote would stand.');
    expect(quotes.at(-1)).toEqual({ content: 'the vote would stand', cue: 'told', speaker: 'she', entity: 'Mara Kell' });
  });
});
