/**
 * The relative clause that says why a source goes unnamed ("who spoke on condition of anonymity
 * because she was not authorized to brief the press") belongs to the source's description however
 * long it runs: the verb after it is the main clause's, and the source speaks.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a long relative clause of anonymity in the subject', () => {
  it('reads the source through the reason it is unnamed', () => {
    expect(quotesIn('A warden who spoke on condition of anonymity because she was not authorized to talk to reporters said the east block had flooded twice.')).toEqual([
      {
        content: 'the east block had flooded twice',
        cue: 'said',
        speaker: 'A warden who spoke on condition of anonymity because she was not authorized to talk to reporters',
      },
    ]);
  });

  it('does not take the listener at the end of the clause for the speaker', () => {
    expect(quotesIn('A ferry pilot who asked not to be identified since he had no permission to speak to the press told colleagues the engines were worn.')).toEqual([
      {
        content: 'the engines were worn',
        cue: 'told',
        speaker: 'A ferry pilot who asked not to be identified since he had no permission to speak to the press',
      },
    ]);
  });

  it('reads the head of two relative clauses joined by "and" when the second ends in a noun', () => {
    expect(quotesIn('A nurse who worked nights and who spoke on condition of anonymity said the ward ran out of blankets.')).toEqual([
      {
        content: 'the ward ran out of blankets',
        cue: 'said',
        speaker: 'A nurse who worked nights and who spoke on condition of anonymity',
      },
    ]);
  });
});
