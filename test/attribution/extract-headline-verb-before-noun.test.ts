/**
 * "Ana Lind cancels harbor show days before opening": in a headline, a word in -s after a name and
 * right before a lower-case singular noun is the headline's verb, not a plural noun that makes the
 * phrase a plural subject; a bare cue form after that noun ("show", "claim") is a noun too and
 * reports nothing. A plural subject still takes the bare form ("Harbor records show ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a headline verb in -s before a noun', () => {
  it('makes no plural subject for a bare cue form', () => {
    expect(spokenQuotes('Ana Lind cancels harbor show days before opening')).toEqual([]);
    expect(spokenQuotes('Tom Kell drops county claim that the mill polluted the river')).toEqual([]);
  });

  it('leaves plural subjects as they were', () => {
    expect(spokenQuotes('Harbor records show the pier was closed twice.')).toEqual([{ content: 'the pier was closed twice', cue: 'show', speaker: 'Harbor records' }]);
    expect(spokenQuotes('Tarvo farmers say the levy is too high.')).toEqual([{ content: 'the levy is too high', cue: 'say', speaker: 'Tarvo farmers' }]);
  });
});
