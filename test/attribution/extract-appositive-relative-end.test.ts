/**
 * A relative clause on the noun of an appositive ("Ona Kade, a grower who endorsed Lind, took the
 * stage") ends at the comma that closes the appositive when the main clause's verb follows it:
 * what the relative pronoun said does not run into the main clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause inside an appositive', () => {
  it('ends what was endorsed at the comma before the main verb', () => {
    expect(quotesIn('Ona Kade, a grower who endorsed Tom Lind, took the stage.')).toEqual([
      { content: 'Tom Lind', cue: 'endorsed', speaker: 'who' },
    ]);
  });

  it('leaves a relative clause with no main verb after its comma as it was', () => {
    expect(quotesIn('Ona Kade is a grower who said the levy failed, in her view.')).toEqual([
      { content: 'the levy failed, in her view', cue: 'said', speaker: 'who' },
    ]);
  });
});
