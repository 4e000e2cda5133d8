/**
 * A clause on a place opened by ", where" has a subject of its own: a participle of saying that
 * closes it ("..., where a group of tenants held signs reading “...”") takes that subject, not the
 * sentence's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle closing a clause opened by "where"', () => {
  it('takes the subject of the "where" clause', () => {
    expect(quotesIn('The ruling drew cheers outside the courthouse, where a crowd of fishermen held banners reading \u201cThe bay is ours.\u201d')).toEqual([
      { content: '\u201cThe bay is ours.\u201d', cue: 'reading', speaker: 'a crowd of fishermen' },
    ]);
  });
});
