/**
 * "Ruiz believes the levy will pass, her campaign manager, Ivo Dran, said on Monday.": a speaker
 * with an appositive between commas, after what he reports and before a cue that may follow what
 * it reports, is no part of the content of a cue inside the sentence ("believes", "said"); that
 * content ends at the comma before the speaker, and the sentence is what the speaker said.
 * Before, the earlier cue's content ran on through the speaker and its appositive.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a speaker with an appositive after a clause that holds a cue', () => {
  it('reads a description and then a name as the speaker', () => {
    expect(spokenQuotes('Ruiz believes the levy will pass, her campaign manager, Ivo Dran, said on Monday.')).toEqual([
      { content: 'Ruiz believes the levy will pass', cue: 'said', speaker: 'her campaign manager, Ivo Dran' },
    ]);
  });

  it('reads a name and then a description as the speaker', () => {
    expect(spokenQuotes('Ruiz told donors the levy would pass, Ivo Dran, her campaign manager, said.')).toEqual([
      { content: 'Ruiz told donors the levy would pass', cue: 'said', speaker: 'Ivo Dran, her campaign manager' },
    ]);
  });

  it('takes no appositive where a conjunction follows the first comma', () => {
    expect(spokenQuotes('Lind, who supported Sen. Tom Kell, R-Maine, and opposed the levy during the primaries, last week said the toll was wrong.')[0]).toEqual({
      content: 'Sen. Tom Kell, R-Maine',
      cue: 'supported',
      speaker: 'who',
    });
  });
});
