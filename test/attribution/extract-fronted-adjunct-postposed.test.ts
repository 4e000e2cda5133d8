/**
 * Words before "X said" that open with a preposition or a participle and hold no verb are a
 * fronted adjunct, not something said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('fronted adjuncts before a speaker and a cue', () => {
  it('reads no statement from a verbless adjunct before the speaker', () => {
    expect(quotesIn('On Friday morning, the third day of the tour, Oren Kell told a joke.')).toEqual([
      { content: 'a joke', cue: 'told', speaker: 'Oren Kell' },
    ]);
  });

  it('reads what follows the cue after a participle adjunct', () => {
    expect(quotesIn('Reached by phone on Tuesday, Ana Lind told the Ledger she would not appeal.')).toEqual([
      { content: 'she would not appeal', cue: 'told', speaker: 'Ana Lind' },
    ]);
  });

  it('still reads a clause before the speaker', () => {
    expect(quotesIn('In the end the ferry toll will pass, Oren Kell said.')).toEqual([
      { content: 'In the end the ferry toll will pass', cue: 'said', speaker: 'Oren Kell' },
    ]);
  });
});
