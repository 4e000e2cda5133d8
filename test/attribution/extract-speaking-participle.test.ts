/**
 * ", speaking on condition of anonymity", ", talking to reporters in Vell": a participle of speaking
 * with its preposition after what was said tells how and where the source spoke, so the content
 * ends before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle of speaking after the content', () => {
  it('ends the content before ", speaking on condition of anonymity"', () => {
    expect(quotesIn('A Tarvian diplomat said the border talks had stalled, speaking on condition of anonymity while the talks go on.')).toEqual([
      { content: 'the border talks had stalled', cue: 'said', speaker: 'A Tarvian diplomat' },
    ]);
  });

  it('ends the content before ", talking to reporters"', () => {
    expect(quotesIn('The envoy said the ferry link would reopen in May, talking to reporters in Vell.')).toEqual([
      { content: 'the ferry link would reopen in May', cue: 'said', speaker: 'The envoy' },
    ]);
  });

  it('keeps a gerund of speaking inside what was said', () => {
    expect(quotesIn('Kell said the mayor was tired of talking, and left.')).toEqual([
      { content: 'the mayor was tired of talking, and left', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
