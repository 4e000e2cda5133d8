/**
 * A present-tense cue joined by a comma after a statement shares its subject, as a past one does:
 * "Lind slams Kell, praises Ortiz as a leader". A plural noun after the comma ("..., claims that
 * no one checked") is no such verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a comma-joined present cue', () => {
  it('reads a second present cue after a comma with the same speaker', () => {
    expect(quotesIn('Rep. Ana Lind slams Kell, praises Ortiz as a true leader.')).toEqual([
      { content: 'Kell', cue: 'slams', speaker: 'Rep. Ana Lind' },
      { content: 'Ortiz as a true leader', cue: 'praises', speaker: 'Rep. Ana Lind' },
    ]);
  });

  it('reads no cue in a plural noun after a comma', () => {
    expect(quotesIn('Kell has long maintained that the pier was safe, claims that the audit could not confirm.')).toEqual([
      { content: 'the pier was safe', cue: 'maintained', speaker: 'Kell' },
    ]);
  });
});
