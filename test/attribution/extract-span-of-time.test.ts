/**
 * A span of time between a cue and its clause ("has said for weeks he ...", "has declined for
 * years to ...") is an adjunct the content starts after.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"for weeks" between a cue and its content', () => {
  it('reads the clause after "for weeks"', () => {
    expect(quotesIn('Tom Kell has said for weeks he is the only one who can win the county.')).toEqual([
      { content: 'he is the only one who can win the county', cue: 'said', speaker: 'Tom Kell' },
    ]);
  });

  it('reads the infinitive after "for years"', () => {
    expect(quotesIn('The harbor board has declined for years to name its donors.')).toEqual([
      { content: 'to name its donors', cue: 'declined', speaker: 'The harbor board' },
    ]);
  });
});
