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

  it('gives the statement to a plural subject of a bare "like"', () => {
    expect(spokenQuotes('Fans of the old stadium like to say that it never lost a final.')).toEqual([
      { content: 'it never lost a final', cue: 'say', speaker: 'Fans of the old stadium' },
    ]);
    expect(spokenQuotes('Ferry crews love to point out that the bridge closes in every storm.')).toEqual([
      { content: 'the bridge closes in every storm', cue: 'point out', speaker: 'Ferry crews' },
    ]);
  });

  it('reads no statement from a bare "like" that is a wish or a denial', () => {
    expect(spokenQuotes("They'd like to argue that the levy is fair.")).toEqual([]);
    expect(spokenQuotes('Growers do not like to admit that the harvest failed.')).toEqual([]);
  });

  it('reads no statement from a wish to see something', () => {
    expect(spokenQuotes("We'd like to see the bill pass.")).toEqual([]);
  });
});
