/**
 * What a cue names as its object ends at a comma followed by a finite verb: there the clause
 * around the cue (a relative clause, an aside) has closed and the sentence's own verb follows.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an object inside a clause that closes before the main verb', () => {
  it('ends a participle\'s object inside a relative clause', () => {
    expect(quotesIn('Ana Lind, who gave a speech denouncing the levy, will not attend the fair.')).toEqual([
      { content: 'the levy', cue: 'denouncing', speaker: 'who' },
    ]);
  });

  it('ends an object inside a relative clause after "in which"', () => {
    expect(quotesIn('The decision, in which Judge Ana Ruiz cited the cost of the dam, was posted on Friday.')).toEqual([
      { content: 'the cost of the dam', cue: 'cited', speaker: 'Judge Ana Ruiz' },
    ]);
  });

  it('keeps a list after the cue whole', () => {
    expect(quotesIn('Kell praised the levy, the dam and the mill.')).toEqual([
      { content: 'the levy, the dam and the mill', cue: 'praised', speaker: 'Kell' },
    ]);
  });
});
