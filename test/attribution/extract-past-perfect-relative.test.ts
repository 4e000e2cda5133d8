/**
 * A relative clause on a person that closes a reported clause is the writer's aside ("said the
 * vote was won by Pike, who led the count"), but one in the past perfect is set back in the time of
 * what was reported, as indirect speech is, and stays part of it ("said she had a letter from her
 * cousin, who had lived abroad for years"), unless its verb is a cue of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a past perfect relative clause after a reported clause', () => {
  it('stays in what was said', () => {
    expect(quotesIn('Voss said she had a letter from her cousin, who had lived in the port town for years.')).toEqual([
      { content: 'she had a letter from her cousin, who had lived in the port town for years', cue: 'said', speaker: 'Voss' },
    ]);
    expect(quotesIn('Voss said the harbor vote was won by Pike, who had given his own speech an hour before.')).toEqual([
      { content: 'the harbor vote was won by Pike, who had given his own speech an hour before', cue: 'said', speaker: 'Voss' },
    ]);
  });

  it('leaves other relative clauses and cues of their own out', () => {
    expect(quotesIn('Voss said the harbor vote was won by Pike, who led the count on Monday.')).toEqual([
      { content: 'the harbor vote was won by Pike', cue: 'said', speaker: 'Voss' },
    ]);
    expect(quotesIn('Voss said the harbor vote was won by Pike, who had said he would not run.')).toEqual([
      { content: 'the harbor vote was won by Pike', cue: 'said', speaker: 'Voss' },
      { content: 'he would not run', cue: 'said', speaker: 'who' },
    ]);
  });
});
