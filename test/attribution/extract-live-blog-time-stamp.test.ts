/**
 * A live blog opens each item with its clock time, often with no dash after it ("9:30 a.m. Mayor
 * Ortis said ..."); a clock time after "at" is a time adjunct ("At 9:30 a.m. Mayor Ortis said").
 * Neither belongs to the speaker's name.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a clock time before the speaker', () => {
  it('leaves a live-blog time stamp with no dash out of the speaker', () => {
    expect(quotesIn('11:30 a.m. Mayor Lena Ortis said the Pell Street bridge would stay shut.')).toEqual([
      { content: 'the Pell Street bridge would stay shut', cue: 'said', speaker: 'Mayor Lena Ortis' },
    ]);
  });

  it('leaves a time zone after the hour out of the speaker', () => {
    expect(quotesIn('4:05 p.m. ET Sheriff Dale Moss said two roads near Calder were closed.')).toEqual([
      { content: 'two roads near Calder were closed', cue: 'said', speaker: 'Sheriff Dale Moss' },
    ]);
  });

  it('leaves a time after "at" out of the speaker', () => {
    expect(quotesIn('At 9:15 a.m. Mayor Lena Ortis said the shelters were full.')).toEqual([
      { content: 'the shelters were full', cue: 'said', speaker: 'Mayor Lena Ortis' },
    ]);
  });

  it('still keeps a dashed time stamp out of the speaker', () => {
    expect(quotesIn('10:42 a.m. — Gov. Hal Brenner said six shelters would open by noon.')).toEqual([
      { content: 'six shelters would open by noon', cue: 'said', speaker: 'Gov. Hal Brenner' },
    ]);
  });
});
