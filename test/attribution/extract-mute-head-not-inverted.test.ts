/**
 * After a verb of saying and a comma, a noun phrase headed by a quantity or a change ("the
 * difference", "the gap") is the verb's object, not an inverted speaker: nobody called "the
 * difference" said the words before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a mute head after a cue and a comma', () => {
  it('is no inverted speaker', () => {
    const speakers = quotesIn('The survey could not rule out that other things, such as the weather, explained the gap.').map((quote) => quote.speaker);
    expect(speakers).not.toContain('the gap');
  });

  it('leaves an inverted speaker with a person for its head', () => {
    expect(quotesIn('The pumps had failed twice, explained the engineer.')).toEqual([
      { content: 'The pumps had failed twice', cue: 'explained', speaker: 'the engineer' },
    ]);
  });
});
