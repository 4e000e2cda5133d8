/**
 * "Two other people briefed on the talks said ...", "several other aides said ...": a count or a
 * quantifier before "other" opens the speaker's phrase with it; "other" is no determiner of its
 * own that the phrase would start at, as it is not after an article ("the other two"). A count
 * in digits after "and" opens a second conjunct joined to the name before it, as a count word
 * does; a share ("9 percent") has a clause of its own and is not joined.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a count or a quantifier before "other"', () => {
  it('belongs to the speaker phrase with a number word', () => {
    expect(spokenQuotes('Four other sources close to the mayor said the deal was dead.')).toEqual([
      { content: 'the deal was dead', cue: 'said', speaker: 'Four other sources close to the mayor' },
    ]);
  });

  it('belongs to the speaker phrase with digits or a quantifier', () => {
    expect(spokenQuotes('Rosa Vint and 14 other growers wrote that the canal fees were unfair.')).toEqual([
      { content: 'the canal fees were unfair', cue: 'wrote', speaker: 'Rosa Vint and 14 other growers' },
    ]);
    expect(spokenQuotes('The vote slipped, and several other aides said the whip had lost count.')).toEqual([
      { content: 'the whip had lost count', cue: 'said', speaker: 'several other aides' },
    ]);
  });

  it('keeps a share after "and" apart from the clause before it', () => {
    expect(spokenQuotes('Of the growers, 44 percent prefer Mayor Ana Lind and 9 percent say the council should resign.')).toEqual([
      { content: 'the council should resign', cue: 'say', speaker: '9 percent' },
    ]);
  });
});
