/**
 * After "whose" or a comparative of quantity ("less", "more", "fewer") a bare or present form of
 * a cue is a noun, not a verb of saying: "whose support he needs", "less support than Kell".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('cue forms after "whose" and "less"', () => {
  it('reads no statement where the form is a noun', () => {
    expect(quotesIn('Kell visited the growers whose support he wants, as in every spring.')).toEqual([]);
    expect(quotesIn('Lind receives less support than Kell.')).toEqual([]);
    expect(quotesIn('Ruiz, whose claims the board rejected, left town.')).toEqual([]);
  });

  it('still reads the verb after a subject', () => {
    expect(quotesIn('The growers support the new levy.')).toEqual([{ content: 'the new levy', cue: 'support', speaker: 'The growers' }]);
  });
});
