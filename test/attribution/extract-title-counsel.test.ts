/**
 * A bare cue form right after a title word closes the title ("general counsel"): it is no verb,
 * and the speaker's own cue after the appositive is read instead.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a title that ends in a cue form', () => {
  it('is part of the speaker, not a cue', () => {
    expect(quotesIn('However, Jo Ames, vice president and general counsel for the Vale Group, said in a letter that the claims had no merit.')).toEqual([
      { content: 'the claims had no merit', cue: 'said', speaker: 'Jo Ames, vice president and general counsel for the Vale Group' },
    ]);
  });
});
