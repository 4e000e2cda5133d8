/**
 * A participle of a cue joined by "and" to a second participle ("proposing a toll and taunting his
 * rival") names two acts: what the cue names ends at "and".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a second participle after the participle of a cue', () => {
  it('ends what was proposed before "and taunting"', () => {
    expect(quotesIn('Velder toured the port on Friday, proposing a new toll on ferries and taunting his rival.')).toEqual([
      { content: 'a new toll on ferries', cue: 'proposing', speaker: 'Velder' },
    ]);
  });

  it('ends what was touted after "by" too', () => {
    expect(quotesIn('Ana Brisk is holding her lead by touting her record on schools and pounding him on the budget.')).toEqual([
      { content: 'her record on schools', cue: 'touting', speaker: 'Ana Brisk' },
    ]);
  });

  it('goes on when the participle before "and" is part of what was said', () => {
    expect(quotesIn('Velder spoke for an hour, saying the harbor was growing and attracting families.')).toEqual([
      { content: 'the harbor was growing and attracting families', cue: 'saying', speaker: 'Velder' },
    ]);
  });

  it('goes on when the word in -ing is an adjective before its noun', () => {
    expect(quotesIn('Velder toured the port, warning of high fares and growing delays.')).toEqual([
      { content: 'high fares and growing delays', cue: 'warning of', speaker: 'Velder' },
    ]);
  });
});
