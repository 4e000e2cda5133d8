/**
 * “...,” the mayor said. “Tom Reyes is a careless man.” He said ...: a speaker whose quoted words
 * run on past the cue is close to a pronoun right after the quotation, and a name that opens a
 * sentence inside those words is the subject of what the speaker said, not of the text, so the
 * pronoun stands for the speaker. A possessive earlier in the pronoun's own sentence still comes
 * first ("Pike's plan is stalled, but she ...").
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a pronoun right after a quotation that runs on past its cue', () => {
  it('stands for the speaker, not a name inside the quoted words', () => {
    const text = 'Mayor Carl Voss met reporters at the gate.\n\n"We lost the keys," the mayor said. "Tom Reyes is a careless man and he knows it."\n\nHe said he would stay on.';
    expect(attributedQuotes(text).at(-1)).toEqual({ content: 'he would stay on', cue: 'said', speaker: 'He', entity: 'Carl Voss' });
  });

  it('yields to a possessive earlier in the pronoun\'s sentence', () => {
    const text = 'Nell Pike ran the depot for years.\n\n"The audit was fair," said Ana Roe, a former clerk. "It found no fraud."\n\nPike\'s plan is stalled, but she said she would appeal.';
    expect(attributedQuotes(text).at(-1)).toEqual({ content: 'she would appeal', cue: 'said', speaker: 'she', entity: 'Nell Pike' });
  });
});
