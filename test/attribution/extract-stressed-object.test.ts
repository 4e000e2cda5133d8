/**
 * Verbs of saying that stress a point take it as their object ("Lind stressed the ferry
 * schedule"), and stands taken with another's view: "agreed with the ruling".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"stressed X" and "agreed with X"', () => {
  it('reads the point stressed as the content', () => {
    expect(quotesIn('Lind stressed the ferry schedule.')).toEqual([{ content: 'the ferry schedule', cue: 'stressed', speaker: 'Lind' }]);
    expect(quotesIn('Lind emphasized voter turnout.')).toEqual([{ content: 'voter turnout', cue: 'emphasized', speaker: 'Lind' }]);
  });

  it('reads a stand taken with or against a view', () => {
    expect(quotesIn('The growers agreed with the ruling.')).toEqual([{ content: 'the ruling', cue: 'agreed with', speaker: 'The growers' }]);
    expect(quotesIn('Ruiz disagreed with his party on the ferry tax.')).toEqual([
      { content: 'his party on the ferry tax', cue: 'disagreed with', speaker: 'Ruiz' },
    ]);
  });
});
