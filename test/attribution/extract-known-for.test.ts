/**
 * "X is known for / as Y": a reputation, read as a statement with no speaker whose content is the
 * subject with what it is known for.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('"is known for" and "is known as"', () => {
  it('reads the subject and its reputation', () => {
    expect(quotesIn('Lind is best known for her work on the dam.')).toEqual([
      { content: 'Lind is best known for her work on the dam', cue: 'known for', mode: 'indirect' },
    ]);
    expect(quotesIn('Judge Kell was known as a fair man.')).toEqual([
      { content: 'Judge Kell was known as a fair man', cue: 'known as', mode: 'indirect' },
    ]);
  });

  it('ends a relative clause at its comma', () => {
    expect(quotesIn('The sheriff, who is known for her blunt manner, spoke first.')).toEqual([
      { content: 'who is known for her blunt manner', cue: 'known for', mode: 'indirect' },
    ]);
  });

  it('reads no name given to a thing', () => {
    expect(quotesIn('Kell won the series of races known as the spring round.')).toEqual([]);
    expect(quotesIn('The vote came in what is known as the spring round.')).toEqual([]);
  });
});
