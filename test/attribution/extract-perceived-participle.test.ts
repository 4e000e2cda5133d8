/**
 * "Castell can be heard saying that ...", "Lind was seen telling reporters ...": after a passive
 * verb of perception, the participle of saying reports what the subject was heard or seen to say,
 * as "heard Lind say" does with a bare infinitive; so does one after a passive verb of recording,
 * which lets others hear it ("was recorded telling", "was caught saying").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle of saying after "was heard" or "was seen"', () => {
  it('gives the statement to the subject of the passive', () => {
    expect(spokenQuotes('In the clip, Castell can be heard saying that the drivers were paid enough.')[0]).toMatchObject({
      content: 'the drivers were paid enough',
      cue: 'saying',
      speaker: 'Castell',
    });
    expect(spokenQuotes('Mayor Lind was seen telling reporters that the dam was safe.')[0]).toMatchObject({
      content: 'the dam was safe',
      cue: 'telling',
      speaker: 'Mayor Lind',
    });
  });

  it('does the same after a passive verb of recording', () => {
    expect(spokenQuotes('Dov Keel was recorded telling a friend that he had hidden the money.')).toEqual([
      { content: 'he had hidden the money', cue: 'telling', speaker: 'Dov Keel' },
    ]);
    expect(spokenQuotes('The senator was caught saying the ferry plan would fail.')).toEqual([
      { content: 'the ferry plan would fail', cue: 'saying', speaker: 'The senator' },
    ]);
  });

  it('reads nothing from a recording with no participle of saying', () => {
    expect(spokenQuotes('The band recorded songs about the flood.')).toEqual([]);
  });

  it('reads nothing from a participle that is no saying', () => {
    expect(spokenQuotes('The crowd in Dunmore was heard chanting his name.')).toEqual([]);
  });
});
