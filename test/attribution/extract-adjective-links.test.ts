/**
 * An adjective cue read after "be" ("is critical of", "were willing to") is read after "remain",
 * "stay", "become" and "grow" too: they link the subject to the adjective the same way.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('adjective cues after a linking verb', () => {
  it('reads "remains critical of"', () => {
    expect(quotesIn('Mayor Tova Kell remains critical of the ferry levy.')).toEqual([
      { content: 'the ferry levy', cue: 'critical of', speaker: 'Mayor Tova Kell' },
    ]);
  });

  it('reads "has become vocal about" with an adverb between', () => {
    expect(quotesIn('The growers have become loudly vocal about the new pier toll.')).toEqual([
      { content: 'the new pier toll', cue: 'vocal about', speaker: 'The growers' },
    ]);
  });

  it('reads an adjective of readiness after "remain"', () => {
    expect(quotesIn('Some of the growers remain reluctant to back Ana Pike.')).toEqual([
      { content: 'to back Ana Pike', cue: 'reluctant', speaker: 'Some of the growers' },
    ]);
  });

  it('reads nothing when the adjective takes no content', () => {
    expect(quotesIn('The growers became more vocal.')).toEqual([]);
  });
});

describe('attitudes after a linking verb', () => {
  it('reads "remain hopeful that"', () => {
    expect(quotesIn('The growers remain hopeful that the ferry will run again.')).toEqual([
      { content: 'the ferry will run again', cue: 'hopeful', speaker: 'The growers' },
    ]);
  });

  it('reads "remained confident that" after a possessive subject', () => {
    expect(quotesIn('Kell’s donors remained confident that he would win the county.')).toEqual([
      { content: 'he would win the county', cue: 'confident', speaker: 'Kell’s donors' },
    ]);
  });
});
