/**
 * "According to the log, the pilot, a former air force captain, turned back": after a fronted
 * source, a phrase with an appositive of its own that closes before a verb is the subject of what
 * is sourced, not an appositive on the source. "According to Jane Roe, a pollster, the dam leaks"
 * keeps the pollster with the source.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a subject with an appositive after a fronted "according to"', () => {
  it('is part of what is sourced', () => {
    expect(spokenQuotes('According to the logbook, the skipper, a fisherman with thirty years at sea, turned the trawler back at dawn.')).toEqual([
      { content: 'the skipper, a fisherman with thirty years at sea, turned the trawler back at dawn', cue: 'According to', speaker: 'the logbook' },
    ]);
  });

  it('leaves an appositive on the source with it', () => {
    expect(spokenQuotes('According to Mila Stroud, a pollster in Lisbon, the lead has vanished.')).toEqual([
      { content: 'the lead has vanished', cue: 'According to', speaker: 'Mila Stroud, a pollster in Lisbon' },
    ]);
  });
});
