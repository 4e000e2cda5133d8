/**
 * A participle after "by" is the means of the verb just before it, so its speaker is that verb's
 * subject, a relative pronoun included.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"by" + participle inside a relative clause', () => {
  it('gives the participle to the relative pronoun', () => {
    expect(quotesIn('Kell met Mayor Lind, who surprised the board by declaring he could not back the toll.')).toEqual([
      { content: 'he could not back the toll', cue: 'declaring', speaker: 'who' },
    ]);
  });

  it('gives a participle after "after" inside a relative clause to the relative pronoun', () => {
    expect(quotesIn('The growers cited the ledger, which forced the clerk out after showing that the toll was never paid.')).toEqual([
      { content: 'the ledger', cue: 'cited', speaker: 'The growers' },
      { content: 'the toll was never paid', cue: 'showing', speaker: 'which' },
    ]);
  });

  it('still gives it to a plain subject', () => {
    expect(quotesIn('Mayor Lind surprised the board by declaring he could not back the toll.')).toEqual([
      { content: 'he could not back the toll', cue: 'declaring', speaker: 'Mayor Lind' },
    ]);
  });
});
