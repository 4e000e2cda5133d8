/**
 * "Ames is expected to be called by the defense": a passive infinitive between a cue and "by"
 * takes the agent for its own verb, so the one after "by" is not the speaker of the cue, and the
 * subject is not what was expected. A "by" right after the cue still names the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a passive infinitive before "by"', () => {
  it('reads no speaker from the agent of the infinitive', () => {
    for (const text of ['Ames, a former clerk at the mill, is expected to be called by the defense.', 'The ledger was thought to have been taken by the night porter.']) {
      expect(spokenQuotes(text).filter((quote) => quote.speaker !== undefined)).toEqual([]);
    }
  });

  it('still reads "by" right after the cue as its speaker', () => {
    expect(spokenQuotes('The ferry levy was criticized by harbor traders.')).toEqual([
      { content: 'The ferry levy', cue: 'criticized', speaker: 'harbor traders' },
    ]);
  });
});
