/**
 * "An official who asked not to be named said ...": a to-infinitive that completes the verb of a
 * relative clause on the subject ("who asked not to be named", "who wants to be paid") holds no
 * clause of its own, so the verb of saying after it is the main clause's, and the head of the
 * relative clause speaks. Two relative clauses joined by "and" ("who sold corn and who asked ...")
 * both belong to that head.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause ending in an infinitive before the cue', () => {
  it('reads the main statement after "who asked not to be named"', () => {
    expect(quotesIn('An engineer who asked not to be named said the bridge had been closed twice.')).toEqual([
      { content: 'the bridge had been closed twice', cue: 'said', speaker: 'An engineer who asked not to be named' },
    ]);
  });

  it('reads it after a passive infinitive with a cue of its own', () => {
    expect(quotesIn('A ferry pilot who wants to be paid on time says the harbor board owes him wages.')).toEqual([
      { content: 'to be paid on time', cue: 'wants', speaker: 'who' },
      { content: 'the harbor board owes him wages', cue: 'says', speaker: 'A ferry pilot who wants to be paid on time' },
    ]);
  });

  it('does not take an infinitive with a clause of its own for part of the subject', () => {
    expect(quotesIn('Growers who refused to say the price was fair said nothing.').map((quote) => quote.cue)).not.toContain('said');
  });
});

describe('two relative clauses joined by "and"', () => {
  it('gives both to the head, and ends the inner infinitive before the main cue', () => {
    // ("not want to be named" is the terms of the sourcing, no statement of its own.)
    expect(quotesIn('A trader who sold fish at the dock and who did not want to be named said the catch had shrunk.')).toEqual([
      { content: 'the catch had shrunk', cue: 'said', speaker: 'A trader who sold fish at the dock and who did not want to be named' },
    ]);
  });

  it('gives the second clause to the head when it stands between commas', () => {
    expect(quotesIn('A crane driver who worked the night shift, and who asked not to be named, said the load had slipped.')).toEqual([
      { content: 'the load had slipped', cue: 'said', speaker: 'A crane driver who worked the night shift, and who asked not to be named' },
    ]);
  });

  it('gives two clauses between commas to the phrase before the first', () => {
    expect(quotesIn('The warden, who lost the vote, and who plans to run again, said the count was wrong.')).toEqual([
      { content: 'to run again', cue: 'plans', speaker: 'who' },
      { content: 'the count was wrong', cue: 'said', speaker: 'The warden, who lost the vote, and who plans to run again' },
    ]);
  });

  it('reads the main statement after a second clause that makes a statement of its own', () => {
    expect(quotesIn('The warden, who lost, and who says she will run again, said the count was wrong.')).toEqual([
      { content: 'she will run again', cue: 'says', speaker: 'who' },
      { content: 'the count was wrong', cue: 'said', speaker: 'The warden, who lost, and who says she will run again' },
    ]);
  });
});
