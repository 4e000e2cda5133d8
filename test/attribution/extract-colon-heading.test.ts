/**
 * A name, a colon and a few words of the writer's own, past the headline, head a section.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

const lead = 'Lind won the vote.\n\n';

describe('a name and a colon heading a section', () => {
  it('reads no statement in a short heading', () => {
    expect(quotesIn(`${lead}Kell: Hold on.`)).toEqual([]);
    expect(quotesIn(`${lead}Ruiz: A long shot.`)).toEqual([]);
  });

  it('still reads a turn of a transcript', () => {
    expect(quotesIn(`${lead}Ruiz: Well, no.`)).toEqual([{ content: 'Well, no', cue: ':', speaker: 'Ruiz' }]);
    expect(quotesIn(`${lead}Ana Pike: Why not vote?`)).toEqual([{ content: 'Why not vote?', cue: ':', speaker: 'Ana Pike' }]);
    expect(quotesIn(`${lead}Ruiz: We will build the dam next year.`)).toEqual([
      { content: 'We will build the dam next year', cue: ':', speaker: 'Ruiz' },
    ]);
  });
});
