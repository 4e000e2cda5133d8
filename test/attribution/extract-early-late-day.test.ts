/**
 * "Veimar claimed victory early Monday": "early" or "late" before a day or a period opens a time
 * adjunct that tells when the statement was made, so what was claimed ends before it. After a
 * determiner ("a late Sunday vote") the word is an adjective inside what is named.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"early" or "late" before a day', () => {
  it('ends the object before the time adjunct', () => {
    expect(spokenQuotes('Veimar claimed victory early Monday after the first results came in.')[0]).toEqual({
      content: 'victory',
      cue: 'claimed',
      speaker: 'Veimar',
    });
    expect(spokenQuotes('Senator Ruth Adair announced her resignation late on Friday.')[0]).toEqual({
      content: 'her resignation',
      cue: 'announced',
      speaker: 'Senator Ruth Adair',
    });
  });

  it('keeps an adjective after a determiner inside what is named', () => {
    expect(spokenQuotes('Lind proposed a late Sunday vote.')[0]).toEqual({ content: 'a late Sunday vote', cue: 'proposed', speaker: 'Lind' });
  });
});
