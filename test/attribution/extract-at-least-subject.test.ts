/**
 * "At least" and "at most" before a number bound it, as "about" or "nearly" do: after a verb of
 * saying they open the subject of the clause said, not an adjunct in "at".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"at least" and a number after a verb of saying', () => {
  it('opens the clause said', () => {
    expect(quotesIn('The health ministry said at least 31 people had been hurt in the blast at Norvik.')).toEqual([
      { content: 'at least 31 people had been hurt in the blast at Norvik', cue: 'said', speaker: 'The health ministry' },
    ]);
    expect(quotesIn('The coast guard said at most two boats had left the harbor.')).toEqual([
      { content: 'at most two boats had left the harbor', cue: 'said', speaker: 'The coast guard' },
    ]);
  });

  it('leaves "at" before a place an adjunct', () => {
    expect(quotesIn('Kell said at the rally that taxes would rise.')).toEqual([{ content: 'taxes would rise', cue: 'said', speaker: 'Kell' }]);
  });
});
