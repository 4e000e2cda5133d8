/**
 * After "X, the ministry said," a noun phrase with no verb of its own ("the third attack this
 * month", "a blow to the talks") is an appositive on the whole report, not a clause that carries
 * the statement on; the words before the attribution end it. When they end in a verb the phrase
 * completes ("It had been, she said, one of ..."), the statement still runs through the attribution.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an appositive on the whole report after a parenthetical attribution', () => {
  it('ends the statement before "the third attack ..."', () => {
    expect(quotesIn('Shells hit a grain depot near Orvask overnight, the defense ministry said on Tuesday, the third attack on the port this month.')).toEqual([
      { content: 'Shells hit a grain depot near Orvask overnight', cue: 'said', speaker: 'the defense ministry' },
    ]);
  });

  it('ends the statement before "a blow to ..."', () => {
    expect(quotesIn('The envoy left the talks early, the spokesman said, a blow to hopes of a truce.')).toEqual([
      { content: 'The envoy left the talks early', cue: 'said', speaker: 'the spokesman' },
    ]);
  });

  it('still runs on when the phrase completes a verb before the attribution', () => {
    expect(quotesIn('It was, the judge said, the worst flood in the valley.')).toEqual([
      { content: 'It was, the judge said, the worst flood in the valley', cue: 'said', speaker: 'the judge' },
    ]);
  });

  it('still runs on when a clause follows the attribution', () => {
    expect(quotesIn('But, Mira Tolk added, the pier will hold.')).toEqual([
      { content: 'the pier will hold', cue: 'added', speaker: 'Mira Tolk' },
    ]);
  });
});
