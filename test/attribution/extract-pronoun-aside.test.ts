/**
 * A subject pronoun with an aside between commas inside a reported clause ("she, too, wants")
 * keeps its verb: the comma after the aside does not end what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an aside after a subject pronoun', () => {
  it('reads the verb after "she, too," as part of the clause', () => {
    expect(quotesIn('Mayor Kell said Monday she, too, wants an inquiry into the ferry fares.')).toEqual([
      { content: 'she, too, wants an inquiry into the ferry fares', cue: 'said', speaker: 'Mayor Kell' },
    ]);
  });

  it('reads the verb after "he, however," as part of the clause', () => {
    expect(quotesIn('Ana Pike said he, however, opposes the new toll.')).toEqual([
      { content: 'he, however, opposes the new toll', cue: 'said', speaker: 'Ana Pike' },
    ]);
  });
});
