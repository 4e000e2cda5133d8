/**
 * Verbs that report a statement or a view only with "that": "recognized that ...", "calculates
 * that ...", "anticipated that ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('verbs read with "that"', () => {
  it('reads "recognize that", "calculate that" and "anticipate that"', () => {
    expect(quotesIn('Lind recognized that the plan had failed.')).toEqual([
      { content: 'the plan had failed', cue: 'recognized', speaker: 'Lind' },
    ]);
    expect(quotesIn('The guild calculates that 4,000 jobs will go.')).toEqual([
      { content: '4,000 jobs will go', cue: 'calculates', speaker: 'The guild' },
    ]);
    expect(quotesIn('Kell anticipated that the vote would slip.')).toEqual([
      { content: 'the vote would slip', cue: 'anticipated', speaker: 'Kell' },
    ]);
  });

  it('reads no statement for an object alone', () => {
    expect(quotesIn('Lind recognized the officer.')).toEqual([]);
    expect(quotesIn('The clerk calculated the total.')).toEqual([]);
  });
});
