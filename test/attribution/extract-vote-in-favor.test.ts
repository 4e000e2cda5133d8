/**
 * "voted in favor of X": a stand on record, read like "voted against X".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"vote in favor of"', () => {
  it('reads what was voted for as the content', () => {
    expect(quotesIn('The Dunmore council voted in favor of the new harbor levy on Monday.')).toEqual([
      { content: 'the new harbor levy', cue: 'voted in favor of', speaker: 'The Dunmore council' },
    ]);
  });

  it('reads the British spelling', () => {
    expect(quotesIn('Senator Ana Lind has voted in favour of a recount.')).toEqual([
      { content: 'a recount', cue: 'voted in favour of', speaker: 'Senator Ana Lind' },
    ]);
  });
});
