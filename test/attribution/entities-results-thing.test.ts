/**
 * "according to unofficial results posted by the county", "The results show ...": results are a
 * thing that reports, no group of people; "posted", like "reviewed" or "issued", ends the head as
 * the participle of a reduced relative.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('results as a speaker', () => {
  it('are a thing', () => {
    expect(typedQuotes('Marrow led by 3,000 votes, according to early results posted by the county.')).toEqual([
      { content: 'Marrow led by 3,000 votes', cue: 'according to', speaker: 'early results', kind: 'unknown' },
    ]);
  });
});
