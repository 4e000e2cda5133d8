/**
 * What an object cue names: a time word after a determiner is an adjective inside the object
 * ("voted against an earlier bill"), and a finite verb right after the cue means the cue closed a
 * relative clause, with no object of its own ("The slogan Lind cited has appeared ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('time words and finite verbs after an object cue', () => {
  it('keeps "earlier" after a determiner inside the object', () => {
    expect(quotesIn('Senator Ana Lind, who voted against an earlier harbor bill, spoke first.')).toEqual([
      { content: 'an earlier harbor bill', cue: 'voted against', speaker: 'who' },
    ]);
  });

  it('keeps a weekday after a determiner inside the object', () => {
    expect(quotesIn('Kell praised the Tuesday vote on the harbor levy.')).toEqual([
      { content: 'the Tuesday vote on the harbor levy', cue: 'praised', speaker: 'Kell' },
    ]);
  });

  it('still ends the object before a weekday that dates the act', () => {
    expect(quotesIn('Kell endorsed Ana Lind on Tuesday.')).toEqual([{ content: 'Ana Lind', cue: 'endorsed', speaker: 'Kell' }]);
  });

  it('reads no object when a finite verb follows the cue', () => {
    expect(quotesIn('The slogan Lind cited has appeared in many of her speeches.')).toEqual([]);
    expect(quotesIn('The only regret Kell acknowledged was a missed ferry.')).toEqual([]);
  });
});
