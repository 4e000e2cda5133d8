/**
 * A focusing "even" between a relative pronoun and the subject of its clause ("which even critics
 * say was fair") leaves the pronoun the gapped subject of what is said, as without it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"even" after a relative pronoun', () => {
  it('starts the content at "which"', () => {
    expect(quotesIn('The ferry deal, which even critics say was fair, passed on Monday.')).toContainEqual({
      content: 'which even critics say was fair',
      cue: 'say',
      speaker: 'critics',
    });
  });

  it('starts the content at "that"', () => {
    expect(quotesIn('It was a toll that even the growers said was fair.')).toContainEqual({
      content: 'that even the growers said was fair',
      cue: 'said',
      speaker: 'the growers',
    });
  });

  it('reads a noun-like form after "which even"', () => {
    expect(quotesIn('The levy, which even the mayor doubts will pass, is stalled.')).toContainEqual({
      content: 'which even the mayor doubts will pass',
      cue: 'doubts',
      speaker: 'the mayor',
    });
  });

  it('still reads "even" before a subject with a verb of its own as part of what is said', () => {
    expect(quotesIn('Kell said even the growers were tired.')).toEqual([{ content: 'even the growers were tired', cue: 'said', speaker: 'Kell' }]);
  });
});
