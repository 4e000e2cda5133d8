/**
 * "cast X as Y" and "cast doubt on X" give a role or raise a doubt, which is said; "cast their
 * ballots" is not. Stands pressed for or counted on: "insisted on", "counting on", "yearn for".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"cast X as Y" and stands pressed for', () => {
  it('reads a role given with "cast ... as"', () => {
    expect(quotesIn('Mayor Kell cast her rival as a friend of the barge owners.')).toEqual([
      { content: 'her rival as a friend of the barge owners', cue: 'cast', speaker: 'Mayor Kell' },
    ]);
  });

  it('reads a doubt cast on something', () => {
    expect(quotesIn('The audit cast doubt on the harbor figures.')).toEqual([
      { content: 'doubt on the harbor figures', cue: 'cast', speaker: 'The audit' },
    ]);
  });

  it('reads no ballot or vote cast', () => {
    expect(quotesIn('Voters in Brill cast their ballots on Tuesday.')).toEqual([]);
    expect(quotesIn('The delegates cast 40 votes for Ruiz.')).toEqual([]);
  });

  it('reads what is insisted on or counted on', () => {
    expect(quotesIn('Lind insisted on a recount in the river wards.')).toEqual([
      { content: 'a recount in the river wards', cue: 'insisted on', speaker: 'Lind' },
    ]);
    expect(quotesIn('The growers are counting on a late surge in prices.')).toEqual([
      { content: 'a late surge in prices', cue: 'counting on', speaker: 'The growers' },
    ]);
  });
});
