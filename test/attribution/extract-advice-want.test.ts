/**
 * "may want to" and "might want to" give the writer's advice, not someone's wish.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('advice with "may want to"', () => {
  it('reads no intention after "may" or "might"', () => {
    expect(quotesIn('Voters may want to read the fine print.')).toEqual([]);
    expect(quotesIn('The mayor might want to reconsider.')).toEqual([]);
  });

  it('still reads a plain wish', () => {
    expect(quotesIn('Kell wants to rebuild the dam.')).toEqual([{ content: 'to rebuild the dam', cue: 'wants', speaker: 'Kell' }]);
  });
});
