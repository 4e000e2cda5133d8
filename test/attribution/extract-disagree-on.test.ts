/**
 * "disagree on / over / about" names the question a group is at odds over.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"disagree on" a question', () => {
  it('reads a wh-clause after "disagree on"', () => {
    expect(quotesIn('The harbor growers disagree on how the ferry levy should be spent.')).toEqual([
      { content: 'how the ferry levy should be spent', cue: 'disagree on', speaker: 'The harbor growers' },
    ]);
  });

  it('reads a noun phrase after "disagree about"', () => {
    expect(quotesIn('Tomas Reyes and Ana Mora disagree about the bridge toll.')).toEqual([
      { content: 'the bridge toll', cue: 'disagree about', speaker: 'Tomas Reyes and Ana Mora' },
    ]);
  });

  it('leaves a bare "disagree" unread', () => {
    expect(quotesIn('Tomas Reyes and Ana Mora often disagree.')).toEqual([]);
  });
});
