/**
 * "Three out of four said ...", "Nearly nine out of 10 tenants say ...": a count "out of" a whole
 * is one speaker's phrase, a proportion like "three in four", and a group; before, the phrase was
 * only the words after "of" ("four", "10 tenants").
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a proportion with "out of" as the speaker', () => {
  it('takes the whole proportion', () => {
    expect(resolvedQuotes('Three out of four said the ferry ran late.')).toEqual([
      { content: 'the ferry ran late', cue: 'said', speaker: 'Three out of four', entity: 'Three out of four', mode: 'indirect' },
    ]);
  });

  it('takes the whole proportion before a noun', () => {
    expect(resolvedQuotes('Nearly nine out of 10 tenants say the rent is too high.')).toEqual([
      { content: 'the rent is too high', cue: 'say', speaker: 'Nearly nine out of 10 tenants', entity: 'Nearly nine out of 10 tenants', mode: 'indirect' },
    ]);
  });
});
