/**
 * "Marsh has not said so publicly", "Ivo never said yes": a negated cue with a one-word answer
 * reports that nothing was said, so no statement is read; the answer alone after a plain cue,
 * "Ivo said no.", is still what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a negated cue with a one-word answer', () => {
  it('is no statement', () => {
    expect(spokenQuotes('Marsh has not said so in public.')).toEqual([]);
    expect(spokenQuotes('Ivo never said yes.')).toEqual([]);
    expect(spokenQuotes("The mayor hasn't yet said no.")).toEqual([]);
  });

  it('leaves a plain answer a statement', () => {
    expect(spokenQuotes('Pressed on the toll, Ivo said no.')).toEqual([{ content: 'no', cue: 'said', speaker: 'Ivo' }]);
  });
});
