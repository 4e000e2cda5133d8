/**
 * A definite phrase closing the sentence after a comma is the writer's comment, relative clause and
 * all, when an ordinal or a superlative ranks what was said among others of its kind ("the first
 * time it has ...", "the largest rise that ..."); a definite description with a relative clause
 * that ranks nothing stays with what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a final definite appositive that ranks what was said', () => {
  it('ends before ", the first time it has ..."', () => {
    expect(quotesIn('The port authority said it had closed 40 piers since May, the first time it has published the figure.')).toEqual([
      { content: 'it had closed 40 piers since May', cue: 'said', speaker: 'The port authority' },
    ]);
  });

  it('ends before a superlative and its relative clause', () => {
    expect(quotesIn('Lind said the levy would raise the rate by a tenth of a point, the largest rise that the town has had since the flood.')).toEqual([
      { content: 'the levy would raise the rate by a tenth of a point', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('keeps a definite description with a relative clause that ranks nothing', () => {
    expect(quotesIn('Kell said she backed Ana Pike, the engineer who built the dam.')).toEqual([
      { content: 'she backed Ana Pike, the engineer who built the dam', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
