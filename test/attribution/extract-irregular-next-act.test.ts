/**
 * After a past cue whose "clause" has no verb of its own, "and" with a past verb and its object
 * goes on from the subject: the verb is the subject's next act, also when its past does not end
 * in "-ed" ("cut", "sold", "took").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an irregular past after "and" as the next act', () => {
  it('ends what was reported before "and cut"', () => {
    expect(quotesIn('Pellow Dairies reported a fall in milk sales on Friday and cut its dividend.')).toEqual([
      { content: 'a fall in milk sales on Friday', cue: 'reported', speaker: 'Pellow Dairies' },
    ]);
  });

  it('ends it before "and sold" too', () => {
    expect(quotesIn('Dunmore Ferries reported a fall in ticket sales on Monday and sold its two barges.')).toEqual([
      { content: 'a fall in ticket sales on Monday', cue: 'reported', speaker: 'Dunmore Ferries' },
    ]);
  });

  it('keeps a second infinitive inside what was announced', () => {
    expect(quotesIn('The council announced a plan to raise fees and cut the budget.')).toEqual([
      { content: 'a plan to raise fees and cut the budget', cue: 'announced', speaker: 'The council' },
    ]);
  });
});
