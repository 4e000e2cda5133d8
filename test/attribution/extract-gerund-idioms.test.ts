/**
 * "Lind stopped short of calling the vote rigged", "Kell is fond of saying that ...": an idiom
 * ending in "of" lends its verb to the participle of saying after it, whose subject is the
 * idiom's; "fond of" then reports the saying, not a liking for it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle of saying after "stopped short of" or "fond of"', () => {
  it('gives the statement to the subject of the idiom', () => {
    expect(spokenQuotes('Lind stopped short of calling the vote rigged.')).toEqual([{ content: 'the vote rigged', cue: 'calling', speaker: 'Lind' }]);
    expect(spokenQuotes('Mayor Ortiz is fond of saying that every vote counts.')).toEqual([{ content: 'every vote counts', cue: 'saying', speaker: 'Mayor Ortiz' }]);
  });

  it('shares the subject after "but"', () => {
    expect(spokenQuotes('She thanked the crew but stopped short of calling on the captain to resign.')[1]).toEqual({
      content: 'the captain to resign',
      cue: 'calling on',
      speaker: 'She',
    });
  });

  it('leaves a liking and a halt that report nothing as they were', () => {
    expect(spokenQuotes('Lind is fond of dogs.')).toEqual([{ content: 'dogs', cue: 'fond of', speaker: 'Lind' }]);
    expect(spokenQuotes('The bus stopped short of the bridge.')).toEqual([]);
  });
});
