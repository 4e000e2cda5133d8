/**
 * Stands taken or voiced in a phrasal verb ("ruled out a run", "called out the board", "spoke out
 * about the levy") and views held of someone ("admire the judge").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"ruled out", "called out", "spoke out about" and "admire"', () => {
  it('reads what is ruled out or called out', () => {
    expect(quotesIn('Mayor Kell ruled out a run for the council.')).toEqual([
      { content: 'a run for the council', cue: 'ruled out', speaker: 'Mayor Kell' },
    ]);
    expect(quotesIn('Lind called out the harbor board.')).toEqual([{ content: 'the harbor board', cue: 'called out', speaker: 'Lind' }]);
  });

  it('reads what is spoken out about and who is admired', () => {
    expect(quotesIn('Ruiz spoke out about the barge levy.')).toEqual([{ content: 'the barge levy', cue: 'spoke out about', speaker: 'Ruiz' }]);
    expect(quotesIn('The growers admire the new judge.')).toEqual([{ content: 'the new judge', cue: 'admire', speaker: 'The growers' }]);
  });
});
