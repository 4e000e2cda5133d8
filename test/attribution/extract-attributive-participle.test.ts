/**
 * A cue form used as an adjective before a bare noun after "and" ("her debts and alleged debts",
 * "rules and state laws") joins two noun phrases; it is no second predicate that ends the content.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle before a noun after "and"', () => {
  it('keeps "and alleged fines" in what was said', () => {
    expect(quotesIn('Velder warned he would raise her fines and alleged fines at the hearing.')).toEqual([
      { content: 'he would raise her fines and alleged fines at the hearing', cue: 'warned', speaker: 'Velder' },
    ]);
  });

  it('keeps "and respected figures" in what is described', () => {
    expect(quotesIn('Lind described the panel as a circle of careful and respected local engineers.')).toEqual([
      { content: 'the panel as a circle of careful and respected local engineers', cue: 'described', speaker: 'Lind' },
    ]);
  });

  it('still ends what was said before "and" and a verb that takes a clause', () => {
    expect(quotesIn('Velder said the ferry was late and alleged that the board hid the cost.')).toEqual([
      { content: 'the ferry was late', cue: 'said', speaker: 'Velder' },
      { content: 'the board hid the cost', cue: 'alleged', speaker: 'Velder' },
    ]);
  });
});
