/**
 * "seemed more likely", "seems so obvious": an impression verb followed by a degree word is the
 * writer's comparison, not an impression reported as anyone's; other impressions still read.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an impression verb before a degree word', () => {
  it('reads no statement before "more", "less", "so" or "too"', () => {
    expect(quotesIn('After the flood, the harbor levy seemed more likely to pass in the spring.')).toEqual([]);
    expect(quotesIn('The reasons for closing the ferry line seem so obvious to the growers.')).toEqual([]);
    expect(quotesIn('The new dock plan appeared less costly than the old one from Dover.')).toEqual([]);
    expect(quotesIn('For the union, the offer from the port seemed too small to accept.')).toEqual([]);
  });

  it('still reads an impression without one', () => {
    expect(quotesIn('The harbor board appeared ready to approve the ferry levy.')).toEqual([
      { content: 'The harbor board appeared ready to approve the ferry levy', cue: 'appeared' },
    ]);
  });
});
