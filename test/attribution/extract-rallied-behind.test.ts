/**
 * Support given in a phrasal verb: "rallied behind the mayor", "lined up behind the levy".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"rallied behind" and "lined up behind"', () => {
  it('reads who or what is backed as the content', () => {
    expect(quotesIn('The growers rallied behind Mayor Kell.')).toEqual([{ content: 'Mayor Kell', cue: 'rallied behind', speaker: 'The growers' }]);
    expect(quotesIn('The unions lined up behind the barge levy.')).toEqual([
      { content: 'the barge levy', cue: 'lined up behind', speaker: 'The unions' },
    ]);
  });
});
