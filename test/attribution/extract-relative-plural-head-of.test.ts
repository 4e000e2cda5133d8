/**
 * A relative clause after "N1 of N2" may belong to N1: in "the logs of the voyage, which show that
 * ...", the plural verb agrees with "logs", its antecedent, though the noun right before "which"
 * is singular. A plural verb after a singular noun with no plural before "of" stays unread.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a plural verb after "which" and an "of" phrase', () => {
  it('agrees with the plural noun before "of"', () => {
    expect(quotesIn('Her story is at odds with the logs of the voyage, which show that the ferry left on time.')).toEqual([
      { content: 'the ferry left on time', cue: 'show', speaker: 'which' },
    ]);
  });

  it('needs a plural noun before "of"', () => {
    expect(quotesIn('Her story is at odds with the log of the voyage, which show that the ferry left on time.')).toEqual([]);
  });
});
