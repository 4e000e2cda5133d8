/**
 * "described the mood as calm but exhausted": a word in "-ed" joined by "and" or "but" to a lone
 * word after "as", closing the clause, describes the object together with it; it is no second
 * verb of the speaker, and what was described runs through it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('two words after "as" joined by "and" or "but"', () => {
  it('keeps the second in what was described', () => {
    expect(spokenQuotes('Nurses described the ward as quiet but overcrowded.')).toEqual([
      { content: 'the ward as quiet but overcrowded', cue: 'described', speaker: 'Nurses' },
    ]);
    expect(spokenQuotes('The union described the offer as generous and belated.')).toEqual([
      { content: 'the offer as generous and belated', cue: 'described', speaker: 'The union' },
    ]);
  });

  it('still ends before a second verb with words of its own', () => {
    expect(spokenQuotes('Lind described the levy as unfair and warned it would fail.')).toEqual([
      { content: 'the levy as unfair', cue: 'described', speaker: 'Lind' },
      { content: 'it would fail', cue: 'warned', speaker: 'Lind' },
    ]);
  });
});
