/**
 * "Lind likes to say that ...", "Kell loved to point out that ...": a verb of habit before "to"
 * lends its subject and tense to the cue after it, as "tried to" does; the wish "would like to"
 * does not, for what one would like to do has not been done.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a cue after "likes to" or "loved to"', () => {
  it('gives the statement to the subject of the habit', () => {
    expect(spokenQuotes('Lind likes to say that the city runs on coffee.')).toEqual([{ content: 'the city runs on coffee', cue: 'say', speaker: 'Lind' }]);
    expect(spokenQuotes('Kell loved to point out that the budget had grown.')).toEqual([{ content: 'the budget had grown', cue: 'point out', speaker: 'Kell' }]);
  });

  it('reads no statement from a wish to see something', () => {
    expect(spokenQuotes("We'd like to see the bill pass.")).toEqual([]);
  });
});
