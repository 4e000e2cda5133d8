/**
 * A manner adverb in -ly between a cue and its "that" ("said flatly that", "said only that") is the
 * writer's: what was said starts after "that". So is one before an adjunct that leads to "that"
 * ("said firmly on Monday that").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an adverb in -ly before "that"', () => {
  it('leaves "flatly" out of what was said', () => {
    expect(quotesIn('Mayor Tova Lind said flatly that the ferry would not run in winter.')).toEqual([
      { content: 'the ferry would not run in winter', cue: 'said', speaker: 'Mayor Tova Lind' },
    ]);
  });

  it('leaves "only" out of what was said', () => {
    expect(quotesIn('The harbor board said only that the audit was still under way.')).toEqual([
      { content: 'the audit was still under way', cue: 'said', speaker: 'The harbor board' },
    ]);
  });

  it('leaves "insistently" out of what was argued', () => {
    expect(quotesIn('Abel Moro argued insistently that the levy had failed the growers.')).toEqual([
      { content: 'the levy had failed the growers', cue: 'argued', speaker: 'Abel Moro' },
    ]);
  });

  it('leaves "firmly" and the time after it out of what was said', () => {
    expect(quotesIn('Mayor Tova Lind said firmly on Monday that the ferry would run in winter.')).toEqual([
      { content: 'the ferry would run in winter', cue: 'said', speaker: 'Mayor Tova Lind' },
    ]);
  });

  it('leaves "quietly" and an adjunct of place out of what was said', () => {
    expect(quotesIn('The harbor board insisted quietly in a letter to members that the audit was fair.')).toEqual([
      { content: 'the audit was fair', cue: 'insisted', speaker: 'The harbor board' },
    ]);
  });
});
