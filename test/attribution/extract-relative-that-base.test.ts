/**
 * A relative "that" after a plural noun speaks for it with a bare verb form, as it does with a
 * past or a present one: "growers that warn it could hurt exports", "polls that show ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative "that" after a plural with a bare form', () => {
  it('reads the clause after "that warn"', () => {
    expect(quotesIn('The levy drew fire from several harbor firms that warn it could harm the ferry trade.')).toEqual([
      { content: 'it could harm the ferry trade', cue: 'warn', speaker: 'that' },
    ]);
  });

  it('leaves "that" with a bare form after a singular noun', () => {
    expect(quotesIn('The levy drew fire from a harbor firm that warn it could harm the ferry trade.')).toEqual([]);
  });
});
