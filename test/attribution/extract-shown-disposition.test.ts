/**
 * "showed no sign of relenting", "shows limited enthusiasm for Lind": what a disposition shown is
 * about is the content, not the disposition itself.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a disposition that "show" displays', () => {
  it('reads what follows "sign of"', () => {
    expect(quotesIn('Mayor Kell showed no sign of yielding on the levy.')).toEqual([
      { content: 'yielding on the levy', cue: 'showed', speaker: 'Mayor Kell' },
    ]);
  });

  it('reads what follows "enthusiasm for"', () => {
    expect(quotesIn('Dunmore farmers showed limited enthusiasm for Ana Lind.')).toEqual([
      { content: 'Ana Lind', cue: 'showed', speaker: 'Dunmore farmers' },
    ]);
  });

  it('reads the clause after "sign that"', () => {
    expect(quotesIn('Kell showed no sign that he would apologize.')).toEqual([
      { content: 'he would apologize', cue: 'showed', speaker: 'Kell' },
    ]);
  });
});
