/**
 * "On condition of anonymity" and "on the condition that ... anonymity" give the terms on which a
 * source spoke: they belong to the act of speaking, not to what was said, after an object, a clause
 * or a parenthetical attribution alike.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the terms of anonymity', () => {
  it('ends an object before "on the condition of anonymity"', () => {
    expect(quotesIn('A port official confirmed the closure on the condition of anonymity, since he could not speak for the board.')).toEqual([
      { content: 'the closure', cue: 'confirmed', speaker: 'A port official' },
    ]);
  });

  it('does not carry a statement on after ", she said, on condition of anonymity"', () => {
    expect(quotesIn('The pier will close in May, she said, on condition of anonymity while the board deliberates.')).toEqual([
      { content: 'The pier will close in May', cue: 'said', speaker: 'she' },
    ]);
  });

  it('keeps a condition that is part of what was said', () => {
    expect(quotesIn('Kell said the clerk had agreed to testify on condition that the hearing be public.')).toEqual([
      { content: 'the clerk had agreed to testify on condition that the hearing be public', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
