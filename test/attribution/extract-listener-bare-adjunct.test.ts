/**
 * "Lind, who advised the council during its review, said ...", "Kell warned the growers on
 * Monday.": when all that follows a cue's listener is a bare adjunct of time or place, it says
 * when or where the words were given, not what they were, and no statement is read there. What
 * follows the adjunct still is ("warned the growers in a letter that ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a bare adjunct after a cue and its listener', () => {
  it('reads no statement', () => {
    expect(spokenQuotes('Ruth Amsel, a lawyer who advised the port authority during the strike, said the deal was fair.')).toEqual([
      { content: 'the deal was fair', cue: 'said', speaker: 'Ruth Amsel, a lawyer who advised the port authority during the strike' },
    ]);
    expect(spokenQuotes('The inspector warned the ferry owners on Monday.')).toEqual([]);
  });

  it('still reads what follows the adjunct', () => {
    expect(spokenQuotes('The inspector warned the ferry owners in a letter that the ramps were unsafe.')).toEqual([
      { content: 'the ramps were unsafe', cue: 'warned', speaker: 'The inspector' },
    ]);
  });
});
