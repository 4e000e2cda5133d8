import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

/**
 * A relative clause on a place, opened by "where" and set off by commas between a subject and
 * its cue ("Growers in Tarvin, where the fields were flooded, said"), is an aside on the subject
 * whatever verbs it holds: a passive ("were flooded") or a month that reads as a modal ("in
 * May") does not make it the clause the cue belongs to.
 */
describe('a "where" clause between a subject and its cue', () => {
  it('reads past one with a passive in it', () => {
    expect(spokenQuotes('Growers in Tarvin, where the fields were flooded, said the harvest was lost.')).toEqual([
      { content: 'the harvest was lost', cue: 'said', speaker: 'Growers in Tarvin, where the fields were flooded' },
    ]);
  });

  it('reads past one that ends in a month', () => {
    expect(spokenQuotes('Teachers in Oldham, where the school closed in May, said they had no warning.')).toEqual([
      { content: 'they had no warning', cue: 'said', speaker: 'Teachers in Oldham, where the school closed in May' },
    ]);
  });
});
