/**
 * "What Lind said was that the levy was unfair": in a pseudo-cleft, what follows "was that" (or a
 * quotation after "was") is the statement, and the phrase between "what" or "all" and the cue is
 * the speaker. "What Lind said was false" judges the words without giving them: no statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a pseudo-cleft of saying', () => {
  it('reads the clause after "was that" as what the speaker said', () => {
    expect(spokenQuotes('What Mira Toller said was that the ferry fares would double.')).toEqual([
      { content: 'the ferry fares would double', cue: 'said', speaker: 'Mira Toller' },
    ]);
    expect(spokenQuotes('But what the harbor master says is that the pier will hold.')).toEqual([
      { content: 'the pier will hold', cue: 'says', speaker: 'the harbor master' },
    ]);
  });

  it('reads past a short aside and a clause without "that"', () => {
    expect(spokenQuotes('What Toller argued, in short, was that the toll road had failed.')).toEqual([
      { content: 'the toll road had failed', cue: 'argued', speaker: 'Toller' },
    ]);
    expect(spokenQuotes('All Toller said was the vote had been rigged.')).toEqual([
      { content: 'the vote had been rigged', cue: 'said', speaker: 'Toller' },
    ]);
  });

  it('reads a quotation after "was", with the listener after the cue', () => {
    expect(spokenQuotes('What the coach told them was: “Run until you drop.”')).toEqual([
      { content: '“Run until you drop.”', cue: 'told', speaker: 'the coach' },
    ]);
  });

  it('gives no statement when the words are only judged', () => {
    expect(spokenQuotes('What Toller said was false.')).toEqual([]);
    expect(spokenQuotes('What the mayor claimed was simply wrong.')).toEqual([]);
  });
});
