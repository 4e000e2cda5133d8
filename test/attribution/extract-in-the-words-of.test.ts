/**
 * "In the words of X" cites a source as "according to X" does, before, after or inside the
 * statement it covers.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"in the words of"', () => {
  it('cites a source that leads the sentence', () => {
    expect(quotesIn('In the words of one veteran skipper, the new quota is \u201ca slow death for the harbor.\u201d')).toEqual([
      { content: 'the new quota is \u201ca slow death for the harbor.\u201d', cue: 'In the words of', speaker: 'one veteran skipper' },
    ]);
  });

  it('cites a source that follows the statement', () => {
    expect(quotesIn('The new quota is a slow death for the harbor, in the words of one veteran skipper.')).toEqual([
      { content: 'The new quota is a slow death for the harbor', cue: 'in the words of', speaker: 'one veteran skipper' },
    ]);
  });
});
