/**
 * Adjectives of a feeling or a stand after "be", with what follows their preposition as the
 * content: "was confident about the count", "were angry at the board", "is vocal about the levy".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('adjectives of a feeling about what follows the preposition', () => {
  it('reads what a subject is confident in or angry about', () => {
    expect(quotesIn('Mayor Oren Kell was confident in the harbor plan.')).toEqual([
      { content: 'the harbor plan', cue: 'confident in', speaker: 'Mayor Oren Kell' },
    ]);
    expect(quotesIn('The orchard growers were angry about the new ferry levy.')).toEqual([
      { content: 'the new ferry levy', cue: 'angry about', speaker: 'The orchard growers' },
    ]);
  });

  it('reads a stand voiced openly', () => {
    expect(quotesIn('Ana Lind is vocal about the bridge toll.')).toEqual([
      { content: 'the bridge toll', cue: 'vocal about', speaker: 'Ana Lind' },
    ]);
    expect(quotesIn('The council was pleased with the outcome.')).toEqual([
      { content: 'the outcome', cue: 'pleased with', speaker: 'The council' },
    ]);
  });

  it('reads less common ones: impressed by, fond of, unapologetic about', () => {
    expect(quotesIn('The harbor master was impressed by the young pilot.')).toEqual([
      { content: 'the young pilot', cue: 'impressed by', speaker: 'The harbor master' },
    ]);
    expect(quotesIn('Ana Lind is unapologetic about her vote.')).toEqual([
      { content: 'her vote', cue: 'unapologetic about', speaker: 'Ana Lind' },
    ]);
  });

  it('reads what a subject is passionate or clear about', () => {
    expect(quotesIn('Ana Lind is passionate about the harbor school.')).toEqual([
      { content: 'the harbor school', cue: 'passionate about', speaker: 'Ana Lind' },
    ]);
  });

  it('reads a group split or divided on a question', () => {
    expect(quotesIn('The orchard growers are evenly split on whether the ferry should run in winter.')).toEqual([
      { content: 'whether the ferry should run in winter', cue: 'split on', speaker: 'The orchard growers' },
    ]);
    expect(quotesIn('The harbor board was deeply divided over the proposed pier deal.')).toEqual([
      { content: 'the proposed pier deal', cue: 'divided over', speaker: 'The harbor board' },
    ]);
  });

  it('leaves the adjective unread without "be"', () => {
    expect(quotesIn('Angry about the levy, the growers left the hall.')).toEqual([]);
  });
});
