/**
 * An impression ("seems ready to ...") goes on past a comma before a participle that is no cue,
 * and still ends before a participle of speech, which is a statement of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an impression before a participle', () => {
  it('keeps a participle that is no cue', () => {
    expect(quotesIn('The new harbor board, led by Ana Pike, seems ready to join the pact, imposing a floor price on ferry fares.')).toEqual([
      { content: 'The new harbor board, led by Ana Pike, seems ready to join the pact, imposing a floor price on ferry fares', cue: 'seems', speaker: undefined },
    ]);
  });

  it('ends before a participle of speech', () => {
    expect(quotesIn('The new harbor board seemed ready to join the pact, saying the fares were too low.')).toEqual([
      { content: 'The new harbor board seemed ready to join the pact', cue: 'seemed', speaker: undefined },
      { content: 'the fares were too low', cue: 'saying', speaker: 'The new harbor board' },
    ]);
  });
});
