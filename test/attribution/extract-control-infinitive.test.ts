/**
 * A cue after "to" whose subject is that of "try" or of "quick"/"likely" after "be": "Kell tried to
 * make the case that ...", "the growers were quick to point out that ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue after "tried to" or "be quick/likely to"', () => {
  it('reads a that-clause after "tried to"', () => {
    expect(quotesIn('Mayor Ana Lind tries to make the case that ferries still pay for themselves.')).toEqual([
      { content: 'ferries still pay for themselves', cue: 'make the case', speaker: 'Mayor Ana Lind' },
    ]);
  });

  it('reads an object after "has tried to"', () => {
    expect(quotesIn('Kell has tried to rebuke the harbor board.')).toEqual([
      { content: 'the harbor board', cue: 'rebuke', speaker: 'Kell' },
    ]);
  });

  it('reads a progressive "is trying to"', () => {
    expect(quotesIn('The growers union is trying to convince the court that the levy is void.')).toEqual([
      { content: 'the levy is void', cue: 'convince', speaker: 'The growers union' },
    ]);
  });

  it('reads nothing for "trying to" after a noun, which names no one', () => {
    expect(quotesIn('It was a plan of trying to persuade the voters of Dunmore.')).toEqual([]);
  });

  it('reads "is quick to" and "are more likely to" after "be"', () => {
    expect(quotesIn('Ana Lind is quick to point out that the bridge opened on time.')).toEqual([
      { content: 'the bridge opened on time', cue: 'point out', speaker: 'Ana Lind' },
    ]);
    expect(quotesIn('Older growers are more likely to say the levy is too high.')).toEqual([
      { content: 'the levy is too high', cue: 'say', speaker: 'Older growers' },
    ]);
  });

  it('reads nothing for "quick to" in an aside without "be"', () => {
    expect(quotesIn('Kell, quick to point out flaws, left the hall early.')).toEqual([]);
  });

  it('reads no "talk to about" in a relative clause whose preposition lost its object', () => {
    const cues = quotesIn('Several growers the mayor has gone to talk to about the ferry have refused to cooperate.').map((q) => q.cue);
    expect(cues).toEqual(['refused']);
  });

  it('reads a cue after "struggled to"', () => {
    expect(quotesIn('Mayor Lind struggled to explain why the ferry was late.')).toEqual([
      { content: 'why the ferry was late', cue: 'explain', speaker: 'Mayor Lind' },
    ]);
  });

  it('reads a cue after "went out of her way to"', () => {
    expect(quotesIn('Tess Kell went out of her way to praise the harbor crew.')).toEqual([
      { content: 'the harbor crew', cue: 'praise', speaker: 'Tess Kell' },
    ]);
  });
});
