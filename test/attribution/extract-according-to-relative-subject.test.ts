/**
 * "According to the filing, the broker, who kept the books, moved the funds": a phrase after the
 * source's comma that a relative clause follows, the relative clause closing before a verb, is the
 * subject of what was said, not an appositive of the source. An appositive with a clause after it
 * still belongs to the source.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a phrase with a relative clause after the source of "According to"', () => {
  it('is the subject of the content when a verb follows the relative clause', () => {
    expect(quotesIn('According to the filing, the broker, who kept the ledgers, moved the funds to Lisbon.')).toEqual([
      { content: 'the broker, who kept the ledgers, moved the funds to Lisbon', cue: 'According to', speaker: 'the filing' },
    ]);
    expect(quotesIn('According to the harbor log, the pilot, who was not injured, left the dock at noon.')).toEqual([
      { content: 'the pilot, who was not injured, left the dock at noon', cue: 'According to', speaker: 'the harbor log' },
    ]);
  });

  it('leaves an appositive that a clause follows to the source', () => {
    expect(quotesIn('According to Ines Varga, the harbor master, the pier will reopen in May.')).toEqual([
      { content: 'the pier will reopen in May', cue: 'According to', speaker: 'Ines Varga, the harbor master' },
    ]);
  });
});
