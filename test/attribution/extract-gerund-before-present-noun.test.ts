/**
 * "..., giving long answers", "..., offering answers on rents": an "-ing" word after a comma, with
 * a modifier after it or a preposition after the plural noun, is a participle whose object is that
 * noun, though it looks like a present cue; it is no speaker, and the clause before the comma is
 * no content. A gerund subject before a clause ("polling shows") and a role ("marketing chief
 * says") still attribute.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an "-ing" word after a comma before a present form that is a noun', () => {
  it('reads no postposed speaker in the participle', () => {
    expect(spokenQuotes('Veldt fielded questions for an hour, giving long answers.')).toEqual([]);
    expect(spokenQuotes('The governor met the growers at the depot, offering detailed replies.')).toEqual([]);
    expect(spokenQuotes('Veldt fielded questions for an hour, giving answers on rents.')).toEqual([]);
  });

  it('keeps a role word after the "-ing" word as the speaker', () => {
    expect(spokenQuotes('The plant will close in May, marketing chief says.')).toEqual([{ content: 'The plant will close in May', cue: 'says', speaker: 'marketing chief' }]);
  });
});
