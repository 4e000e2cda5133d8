/**
 * A title's word after a given name is a surname ("Sen. Walter Prince of Wyoming", "Rep. Ana
 * Marshal of Ohio"): the person before "of" speaks and the place after it is no speaker, as with
 * any other surname.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a surname that is also a title word, before "of" and a place', () => {
  it('resolves the speaker to the person, not the place', () => {
    expect(resolvedQuotes('Sen. Hugo Prince of Vermont said the bill was dead.')).toEqual([
      { mode: 'indirect', content: 'the bill was dead', cue: 'said', speaker: 'Sen. Hugo Prince of Vermont', entity: 'Hugo Prince' },
    ]);
  });
});
