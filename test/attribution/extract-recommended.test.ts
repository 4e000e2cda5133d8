/**
 * "Recommend" reports advice with "that" and after its content, as well as with an object:
 * "The panel recommended that ...", "..., the panel recommended."
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"recommend"', () => {
  it('reads the advice after "that"', () => {
    expect(quotesIn('The review panel recommended that the ferry run hourly in summer.')).toEqual([
      { content: 'the ferry run hourly in summer', cue: 'recommended', speaker: 'The review panel' },
    ]);
  });

  it('reads the advice before a postposed cue', () => {
    expect(quotesIn('Swimmers should stay out of the bay until Friday, the health board recommended on Monday.')).toEqual([
      { content: 'Swimmers should stay out of the bay until Friday', cue: 'recommended', speaker: 'the health board' },
    ]);
  });

  it('keeps an object after it', () => {
    expect(quotesIn('The review panel recommended a second ferry.')).toEqual([
      { content: 'a second ferry', cue: 'recommended', speaker: 'The review panel' },
    ]);
  });
});
