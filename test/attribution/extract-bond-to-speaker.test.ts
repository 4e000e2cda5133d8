/**
 * A noun of a bond takes "to" for what it binds to ("people with ties to the board", "access to
 * the talks"), so the phrase goes on through "to" and the whole of it is the speaker, before the
 * cue or after the statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"ties to", "links to", "access to" inside a speaker phrase', () => {
  it('finds the whole phrase after the statement', () => {
    expect(quotesIn('The merger will pass next week, two people with direct ties to the board said.')).toEqual([
      { content: 'The merger will pass next week', cue: 'said', speaker: 'two people with direct ties to the board' },
    ]);
    expect(quotesIn('The talks will resume on Monday, people with access to the talks said.')).toEqual([
      { content: 'The talks will resume on Monday', cue: 'said', speaker: 'people with access to the talks' },
    ]);
  });

  it('keeps the whole phrase as the speaker before the cue', () => {
    expect(quotesIn('People with links to the mayor said the port would close.')).toEqual([
      { content: 'the port would close', cue: 'said', speaker: 'People with links to the mayor' },
    ]);
  });
});
