import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

/**
 * A verb of asking with its listener before "for" ("asked the public for patience", "pressed
 * the minister for answers") reports a request whose content is what is asked for; after "and"
 * it is the speaker's next statement, so it ends the content of the one before.
 */
describe('a request with its listener before "for"', () => {
  it('finds the request, the cue running to "for"', () => {
    expect(spokenQuotes('The harbor master asked residents for patience on Friday.')).toEqual([
      { content: 'patience', cue: 'asked residents for', speaker: 'The harbor master' },
    ]);
  });

  it('takes an object pronoun as the listener', () => {
    expect(spokenQuotes('She pressed them for a date.')).toEqual([{ content: 'a date', cue: 'pressed them for', speaker: 'She' }]);
  });

  it('ends the statement before it after "and"', () => {
    expect(spokenQuotes('The chief said the footage was partial and asked the public for calm.')).toEqual([
      { content: 'the footage was partial', cue: 'said', speaker: 'The chief' },
      { content: 'calm', cue: 'asked the public for', speaker: 'The chief' },
    ]);
  });

  it('reads no request in things asked for a time', () => {
    expect(spokenQuotes('He asked questions for an hour.')).toEqual([]);
  });
});
