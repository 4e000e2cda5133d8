/**
 * "said that the director, Tom Hale, called her in": a name in apposition to a description that
 * opens the reported clause leaves the verb after it to that clause. The content runs on over
 * the appositive, and the verb is no second statement of the speaker's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a name in apposition inside reported speech', () => {
  it('keeps the clause whole after "that"', () => {
    expect(spokenQuotes('Vera Lund said that the foreman, Piet Odum, called her into the yard office.')).toEqual([
      { content: 'the foreman, Piet Odum, called her into the yard office', cue: 'said', speaker: 'Vera Lund' },
    ]);
  });

  it('keeps the clause whole without "that"', () => {
    expect(spokenQuotes('Vera Lund said the foreman, Piet Odum, told her to leave.')).toEqual([
      { content: 'the foreman, Piet Odum, told her to leave', cue: 'said', speaker: 'Vera Lund' },
    ]);
  });
});
