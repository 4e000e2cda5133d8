/**
 * "Dozens of fans — some holding signs reading “Free Kell” — waited outside": an attribution that
 * stands inside a pair of dashes says what it says inside them, so its content ends at the closing
 * dash instead of running on into the sentence around the pair. A pair of dashes that opens after
 * the cue ("said the dam — built in 1950 — would hold") is an aside inside what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('content inside a pair of dashes', () => {
  it('ends at the closing dash', () => {
    expect(spokenQuotes('Her argument — Dorn said the levy would hold — went unanswered at the hearing.')).toEqual([
      { content: 'the levy would hold', cue: 'said', speaker: 'Dorn' },
    ]);
    expect(spokenQuotes('Dozens of fans — some holding signs reading "Free Kell" — waited outside.').map((quote) => quote.content)).toEqual(['"Free Kell"']);
  });

  it('keeps an aside between dashes after the cue', () => {
    expect(spokenQuotes('The engineer said the levy — built in 1950 — would hold.')).toEqual([
      { content: 'the levy — built in 1950 — would hold', cue: 'said', speaker: 'The engineer' },
    ]);
  });
});
