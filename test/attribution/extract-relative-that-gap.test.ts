/**
 * A relative "that" before a subject and a cue of saying is the subject of what was said when a
 * verb follows the cue right away: the content starts with "that".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative "that" whose clause lacks its subject after the cue', () => {
  it('opens what was said', () => {
    expect(quotesIn('Kell signed a pledge that he said was written by the union.')).toContainEqual({
      content: 'that he said was written by the union',
      cue: 'said',
      speaker: 'he',
    });
    expect(quotesIn('The board backed a toll that the growers say led them astray.')).toContainEqual({
      content: 'that the growers say led them astray',
      cue: 'say',
      speaker: 'the growers',
    });
    expect(quotesIn('The board backed a toll that the growers say ruined their orchards.')).toContainEqual({
      content: 'that the growers say ruined their orchards',
      cue: 'say',
      speaker: 'the growers',
    });
  });

  it('is no part of a clause with a subject of its own', () => {
    expect(quotesIn('Ana Mora told the paper that she agrees Kell is a drifter.')).toEqual([
      { content: 'she agrees Kell is a drifter', cue: 'told', speaker: 'Ana Mora' },
    ]);
  });
});
