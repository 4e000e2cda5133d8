/**
 * A relative clause inside the subject of what was said closes with a comma; the main verb after
 * it may open a quotation, and what was said goes on through it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause in the subject before a quoted verb', () => {
  it('goes on past the relative clause after "that"', () => {
    expect(quotesIn('Lind argued that the dam, which growers like, "would not last a year" without the levy.')).toEqual([
      { content: 'the dam, which growers like, "would not last a year" without the levy', cue: 'argued', speaker: 'Lind' },
    ]);
  });

  it('goes on past a passive relative clause without "that"', () => {
    expect(quotesIn('Kell also argued the ferry, which is widely used by growers, “would not run a week” without the toll.')).toEqual([
      { content: 'the ferry, which is widely used by growers, “would not run a week” without the toll', cue: 'argued', speaker: 'Kell' },
    ]);
  });

  it('still goes on when the verb is not quoted', () => {
    expect(quotesIn('Lind argued that the dam, which growers like, would not last a year.')).toEqual([
      { content: 'the dam, which growers like, would not last a year', cue: 'argued', speaker: 'Lind' },
    ]);
  });
});
