/**
 * "Dismiss" reports speech when what is dismissed is a claim, a report or a person cast "as"
 * something; a person dismissed without "as" has been let go, and nothing was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a person dismissed', () => {
  it('finds no statement when a club lets its coach go', () => {
    expect(quotesIn('The rowing club dismissed head coach Ivo Rasmussen on Monday.')).toEqual([]);
  });

  it('finds no statement when the person is a title or a pronoun', () => {
    expect(quotesIn('The trust dismissed the conductor after the tour.')).toEqual([]);
    expect(quotesIn('The board dismissed him in March.')).toEqual([]);
  });

  it('keeps a person dismissed as something', () => {
    expect(quotesIn('Ferrant dismissed Ivo Rasmussen as a sore loser.')).toEqual([
      { content: 'Ivo Rasmussen as a sore loser', cue: 'dismissed', speaker: 'Ferrant' },
    ]);
  });

  it('keeps a claim, a report or critics dismissed', () => {
    expect(quotesIn('Ferrant dismissed a report in the Gazette that the club was for sale.')).toEqual([
      { content: 'a report in the Gazette that the club was for sale', cue: 'dismissed', speaker: 'Ferrant' },
    ]);
    expect(quotesIn('Ferrant dismissed critics who called the signing reckless.')).toEqual([
      { content: 'critics who called the signing reckless', cue: 'dismissed', speaker: 'Ferrant' },
    ]);
    expect(quotesIn('Ferrant dismissed her complaints about the pitch.')).toEqual([
      { content: 'her complaints about the pitch', cue: 'dismissed', speaker: 'Ferrant' },
    ]);
  });
});
