/**
 * A contracted pronoun after a listener opens the clause that was told: "told reporters he's
 * leaving" ("he's" is no possessor that would extend the listener's phrase).
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a clause with a contracted subject after a listener', () => {
  it('ends the listener before "he’s"', () => {
    expect(quotesIn('Tom Kell told reporters he’s leaving the harbor board.')).toEqual([
      { content: 'he’s leaving the harbor board', cue: 'told', speaker: 'Tom Kell' },
    ]);
  });

  it('ends the listener before "she\'s"', () => {
    expect(quotesIn("Ana Lind tells voters she's with them.")).toEqual([
      { content: "she's with them", cue: 'tells', speaker: 'Ana Lind' },
    ]);
  });

  it('keeps a possessive inside the content', () => {
    expect(quotesIn("Kell's plan failed, Lind said.")).toEqual([
      { content: "Kell's plan failed", cue: 'said', speaker: 'Lind' },
    ]);
  });
});
