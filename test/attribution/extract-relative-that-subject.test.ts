/**
 * A relative "that" on a noun may be the gapped subject of the clause a cue reports, as "which"
 * is: "a toll that the board predicted was overdue" reports that the toll was overdue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative "that" as the subject of the clause said', () => {
  it('reads the clause after a cue that also takes an object', () => {
    expect(quotesIn('Growers paid a toll that the board predicted was overdue.')).toContainEqual({
      content: 'that the board predicted was overdue',
      cue: 'predicted',
      speaker: 'the board',
    });
    expect(quotesIn('It was a ferry plan that Mira Talvo warned would fail.')).toContainEqual({
      content: 'that Mira Talvo warned would fail',
      cue: 'warned',
      speaker: 'Mira Talvo',
    });
  });

  it('reads the clause on a noun that sums up the clause before it', () => {
    expect(quotesIn('Ferries ran late all year, a trend that the harbor board predicts will go on.')).toContainEqual({
      content: 'that the harbor board predicts will go on',
      cue: 'predicts',
      speaker: 'the harbor board',
    });
  });

  it('reads nothing after a verb that takes no clause', () => {
    expect(quotesIn('Growers paid a toll that the board praised has since been dropped.')).toEqual([]);
  });

  it('reads nothing when the noun opens its sentence: the verb after the cue is the main one', () => {
    expect(quotesIn('The ferry plan that the mayor announced was dropped in May.')).toEqual([]);
    expect(quotesIn('In May, the ferry plan which the mayor announced was dropped.')).toEqual([]);
  });
});
