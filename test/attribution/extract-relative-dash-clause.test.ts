/**
 * A relative clause whose gap is the subject of what is said ends at a dash after which the
 * writer goes on with a clause of its own (a subject pronoun and a verb that is no cue).
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a dash and a new clause after a relative clause that reports', () => {
  it('ends what was said at the dash', () => {
    expect(quotesIn('Her son has the sort of work that most planners say is the future - he works in a lab.')).toEqual([
      { content: 'that most planners say is the future', cue: 'say', speaker: 'most planners' },
    ]);
    expect(quotesIn('The levy, which the mayor said had cost millions — it was repealed in May.')).toEqual([
      { content: 'which the mayor said had cost millions', cue: 'said', speaker: 'the mayor' },
    ]);
  });

  it('leaves a dash before a new attribution to that attribution', () => {
    expect(quotesIn('Lind backed a plan that critics say will raise rents — they say it favors landlords.')).toEqual([
      { content: 'that critics say will raise rents', cue: 'say', speaker: 'critics' },
      { content: 'it favors landlords', cue: 'say', speaker: 'they' },
    ]);
  });
});
