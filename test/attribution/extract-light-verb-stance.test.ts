/**
 * A stand voiced with a light verb and a noun: "took a swipe at the board", "made a bizarre attack
 * on the levy", "launched an attack against Lind". What follows the preposition is the content.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a light verb with a noun of a stand', () => {
  it('reads the target of "took a swipe at"', () => {
    expect(quotesIn('Mayor Oren Kell also took several swipes at the harbor board.')).toEqual([
      { content: 'the harbor board', cue: 'took several swipes at', speaker: 'Mayor Oren Kell' },
    ]);
  });

  it('reads past adjectives and a comma between the verb and the noun', () => {
    expect(quotesIn("Ana Lind had made a sharp, barely hidden attack on the council's plan to close the pier.")).toEqual([
      { content: "the council's plan to close the pier", cue: 'made a sharp, barely hidden attack on', speaker: 'Ana Lind' },
    ]);
  });

  it('reads a call, a case and statements on a topic', () => {
    expect(quotesIn('At the forum, Tova Berg made an urgent call for an end to ferry fees.')).toEqual([
      { content: 'an end to ferry fees', cue: 'made an urgent call for', speaker: 'Tova Berg' },
    ]);
    expect(quotesIn('The growers have made several angry statements about the levy.')).toEqual([
      { content: 'the levy', cue: 'made several angry statements about', speaker: 'The growers' },
    ]);
  });

  it('leaves "of" after other nouns and a case put to an audience unread', () => {
    expect(quotesIn('The aides made the usual statements of sympathy.')).toEqual([]);
    expect(quotesIn('The growers made their case to voters in Brill.')).toEqual([]);
  });
});
