/**
 * "That levy was rejected by the growers": a "that" opening the sentence before a common noun is
 * a demonstrative, part of the phrase it opens, whether the phrase is what was rejected or who
 * spoke; before a name ("That Pell lied ...") it still opens a clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a demonstrative "that" opening the sentence', () => {
  it('stays in the subject a passive reports', () => {
    expect(spokenQuotes('That levy was rejected by the growers.')).toEqual([{ content: 'That levy', cue: 'rejected', speaker: 'the growers' }]);
  });

  it('stays in the speaker', () => {
    expect(spokenQuotes('That committee said the quay would reopen in May.')).toEqual([
      { content: 'the quay would reopen in May', cue: 'said', speaker: 'That committee' },
    ]);
  });

  it('leaves a clause about a name whole', () => {
    expect(spokenQuotes('That Pell lied was plain, the auditor said.')).toEqual([
      { content: 'That Pell lied was plain', cue: 'said', speaker: 'the auditor' },
    ]);
  });
});
