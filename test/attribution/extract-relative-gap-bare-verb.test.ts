/**
 * "the tax, which he says hurts growth", "a fee which critics said damaged trade": when the relative
 * pronoun is the subject of what was said, the word right after the cue is its verb even without an
 * auxiliary, in -s or -ed, so the short clause is a statement and not a verbless phrase.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative pronoun as the subject of a bare verb after the cue', () => {
  it('reads a verb in -s as the clause verb', () => {
    expect(spokenQuotes('Dorn kept the toll, which the board says funds repairs.')).toEqual([{ content: 'which the board says funds repairs', cue: 'says', speaker: 'the board' }]);
  });

  it('reads a verb in -ed as the clause verb', () => {
    expect(spokenQuotes('The mill paid a fee, which growers said doubled their costs.')).toEqual([{ content: 'which growers said doubled their costs', cue: 'said', speaker: 'growers' }]);
  });

  it('still starts at the subject when the clause has one', () => {
    expect(spokenQuotes('Dorn kept the toll, which he said he opposed.')).toEqual([{ content: 'he opposed', cue: 'said', speaker: 'he' }]);
  });
});
