/**
 * "argued against a new levy": what a cue of saying argues against is the content, without the
 * preposition.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue followed by "against"', () => {
  it('reads the noun phrase after "argued against"', () => {
    expect(quotesIn('Kell argued against a new levy on the port.')).toEqual([
      { content: 'a new levy on the port', cue: 'argued', speaker: 'Kell' },
    ]);
  });

  it('reads the gerund phrase after "cautioned against"', () => {
    expect(quotesIn('Mayor Lind cautioned against reading too much into the vote.')).toEqual([
      { content: 'reading too much into the vote', cue: 'cautioned against', speaker: 'Mayor Lind' },
    ]);
  });
});
