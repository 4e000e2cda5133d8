/**
 * "made no mention of X": what a speaker passes over, or mentions, is read as a statement on it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"made (no) mention of"', () => {
  it('reads the object of "made no mention of"', () => {
    expect(quotesIn('Mayor Lind made no mention of the ferry or the dam.')).toEqual([
      { content: 'the ferry or the dam', cue: 'made no mention of', speaker: 'Mayor Lind' },
    ]);
  });

  it('reads the object of "makes little mention of"', () => {
    expect(quotesIn('The new plan makes little mention of the harbor.')).toEqual([
      { content: 'the harbor', cue: 'makes little mention of', speaker: 'The new plan' },
    ]);
  });

  it('reads the object of "made mention of"', () => {
    expect(quotesIn('Senator Kell made mention of the levy.')).toEqual([
      { content: 'the levy', cue: 'made mention of', speaker: 'Senator Kell' },
    ]);
  });
});
