/**
 * A relative clause set off by commas on the place or time of an adjunct between a cue and its "that"
 * ("said on radio, where she now works, that ...") comments on the place; the "that" after it
 * still opens what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause on an adjunct before "that"', () => {
  it('lets the "that" after a "where" clause open the content', () => {
    expect(quotesIn('Mara Lind said on radio, where she now works, that the levy failed.')).toEqual([
      { content: 'the levy failed', cue: 'said', speaker: 'Mara Lind' },
    ]);
  });

  it('lets the "that" after a "which" clause open the content', () => {
    expect(quotesIn('Omar Tesk told reporters in Dunmore, which he toured on foot, that the mill would reopen.')).toEqual([
      { content: 'the mill would reopen', cue: 'told', speaker: 'Omar Tesk' },
    ]);
  });

  it('lets the "that" after a "when" clause on a time adjunct open the content', () => {
    expect(quotesIn('Mara Lind said on Monday, when the vote was held, that the levy failed.')).toEqual([
      { content: 'the levy failed', cue: 'said', speaker: 'Mara Lind' },
    ]);
  });

  it('finds no statement when no "that" follows the relative clause', () => {
    expect(quotesIn('Mara Lind spoke on radio, where she now works, and the levy failed.')).toEqual([]);
  });
});
