/**
 * "and" inside what an object cue names does not start a second predicate when it closes a
 * "between ... and" pair, joins two verbs of a relative clause on the object, or pairs a gerund
 * with one after a preposition.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"and" inside an object', () => {
  it('reads on through "between ... and"', () => {
    expect(quotesIn('Lind sees parallels between the levy and support for the dam.')).toEqual([
      { content: 'parallels between the levy and support for the dam', cue: 'sees', speaker: 'Lind' },
    ]);
  });

  it('reads on through the verbs of a relative clause on the object', () => {
    expect(quotesIn('Ruiz described Kell as a novice who memorized slogans and lacked the experience a mayor needs.')).toEqual([
      { content: 'Kell as a novice who memorized slogans and lacked the experience a mayor needs', cue: 'described', speaker: 'Ruiz' },
    ]);
  });

  it('reads on through a gerund paired with one after a preposition', () => {
    expect(quotesIn('Kell blamed the levy for raising water bills and pushing up food prices.')).toEqual([
      { content: 'the levy for raising water bills and pushing up food prices', cue: 'blamed', speaker: 'Kell' },
    ]);
  });

  it('still ends before a second verb when the relative clause holds the cue', () => {
    expect(quotesIn('Farmers, who rejected the levy and handed Kell a win, were angry.')).toEqual([
      { content: 'the levy', cue: 'rejected', speaker: 'who' },
    ]);
  });

  it('still ends before a second verb of the speaker', () => {
    expect(quotesIn('Kell praised the levy and attacked the dam.')).toEqual([
      { content: 'the levy', cue: 'praised', speaker: 'Kell' },
      { content: 'the dam', cue: 'attacked', speaker: 'Kell' },
    ]);
  });
});
