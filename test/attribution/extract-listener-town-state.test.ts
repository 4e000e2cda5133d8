/**
 * A listener placed in a town named with its state or country ("told a crowd in Dunmore, Ohio,
 * that ...") keeps the comma inside the place name: the "that" after it still opens what was told.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a listener in a town and its state', () => {
  it('reads past "Town, State" before "that"', () => {
    expect(quotesIn('Ken Varga told a crowd in Dunmore, Ohio that the ferry tax was fair.')).toEqual([
      { content: 'the ferry tax was fair', cue: 'told', speaker: 'Ken Varga' },
    ]);
  });

  it('reads past "Town, State," and a time adjunct before "that"', () => {
    expect(quotesIn('Ken Varga told a town hall in Dunmore, Ohio, on Monday that the ferry tax was fair.')).toEqual([
      { content: 'the ferry tax was fair', cue: 'told', speaker: 'Ken Varga' },
    ]);
  });

  it('reads past a state of two words', () => {
    expect(quotesIn('Ken Varga told a crowd in Port Vale, New Hope, that the ferry tax was fair.')).toEqual([
      { content: 'the ferry tax was fair', cue: 'told', speaker: 'Ken Varga' },
    ]);
  });

  it('keeps a question after a listener placed without a comma', () => {
    expect(quotesIn('Ken Varga asked the attorney in D.C. whether Ana Lind had lied to the board.')).toEqual([
      { content: 'whether Ana Lind had lied to the board', cue: 'asked', speaker: 'Ken Varga' },
    ]);
  });
});
