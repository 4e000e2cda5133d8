/**
 * A live blog may close an item's time stamp with a colon ("12:04 p.m. ET:") as well as a dash;
 * the stamp, its zone included, is no part of any statement and no speaker of a transcript's turn.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const lead = 'Live updates: the Vell River flood\n\nThe river crested overnight.\n\n';

describe('a time stamp closed by a colon', () => {
  it('leaves a time zone before the colon out of the statement', () => {
    expect(quotesIn(`${lead}3:40 p.m. ET: Gov. Hal Brenner says the levee on Dock Road is holding.`)).toEqual([
      { content: 'the levee on Dock Road is holding', cue: 'says', speaker: 'Gov. Hal Brenner' },
    ]);
  });

  it('reads the item after a time stamp with only "a.m." before the colon', () => {
    expect(quotesIn(`${lead}7:05 a.m.: Sheriff Dale Moss said two roads near Calder were shut.`)).toEqual([
      { content: 'two roads near Calder were shut', cue: 'said', speaker: 'Sheriff Dale Moss' },
    ]);
  });
});
