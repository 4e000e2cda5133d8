/**
 * "X is seen as Y", "X was viewed as Y": a standing held by no one named, read like "known as" as a
 * statement with no speaker whose content is the subject with what it is seen as.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('"is seen as" and "is viewed as"', () => {
  it('reads the subject and how it is seen', () => {
    expect(quotesIn('The harbor plan is widely seen as a gift to the growers.')).toEqual([
      { content: 'The harbor plan is widely seen as a gift to the growers', cue: 'seen as', mode: 'indirect' },
    ]);
    expect(quotesIn('The levy can be regarded as a tax on bread.')).toEqual([
      { content: 'The levy can be regarded as a tax on bread', cue: 'regarded as', mode: 'indirect' },
    ]);
  });

  it('ends the standing at its comma', () => {
    expect(quotesIn('Mayor Kell was viewed as the favorite, largely because the ferry vote went her way.')).toEqual([
      { content: 'Mayor Kell was viewed as the favorite', cue: 'viewed as', mode: 'indirect' },
    ]);
  });

  it('reads no standing that is only feared or sought', () => {
    expect(quotesIn('The council fears being seen as weak.')).toEqual([]);
    expect(quotesIn('The growers, who are seen as the key bloc, met on Friday.')).toEqual([]);
  });
});
