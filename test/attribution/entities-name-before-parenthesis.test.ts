/**
 * A parenthesis that closes a speaker's phrase ("Harlow Foods Inc. (Nasdaq: HRLW)", "Sen. Ana
 * Pike (D-Ost.)") adds a ticker or a party and state; the name is the capitalised run before it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a name before a closing parenthesis', () => {
  it('names a company by its name, not its ticker', () => {
    const text = 'Harlow Foods Inc. (Nasdaq: HRLW) said sales rose 8 percent.\n\nThe company also said margins improved.';
    expect(resolvedQuotes(text).map((quote) => [quote.content, quote.cue, quote.speaker, quote.entity])).toEqual([
      ['sales rose 8 percent', 'said', 'Harlow Foods Inc. (Nasdaq: HRLW)', 'Harlow Foods Inc.'],
      ['margins improved', 'said', 'The company', 'Harlow Foods Inc.'],
    ]);
    expect(analyze({ text }).entities.map((entity) => entity.name)).not.toContain('HRLW');
  });

  it('names a lawmaker by name, not by party and state', () => {
    const text = 'Sen. Ana Pike (D-Ost.) said the bill would fail.';
    expect(resolvedQuotes(text).map((quote) => [quote.content, quote.cue, quote.speaker, quote.entity])).toEqual([
      ['the bill would fail', 'said', 'Sen. Ana Pike (D-Ost.)', 'Ana Pike'],
    ]);
  });
});
