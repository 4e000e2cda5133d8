/**
 * Statements whose only candidate speaker cannot speak: the participle cue itself, or a bare
 * gerund; and advice with "should" before the cue, which reports no statement made.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle with no subject before it', () => {
  it('finds no statement when the subject scan lands on the participle', () => {
    expect(quotesIn('In the next eight weeks the Ruiz campaign would do well to court young voters in swing towns, stressing the threat a Lind win would pose.')).toEqual([]);
  });

  it('still reads a participle after its clause', () => {
    expect(quotesIn('Mara Lind stood at the end of the pier, thanking the crowd.')).toEqual([
      { content: 'the crowd', cue: 'thanking', speaker: 'Mara Lind' },
    ]);
  });
});

describe('a bare gerund as the speaker', () => {
  it('finds no statement for a gerund before a noun cue', () => {
    expect(quotesIn('The storm drove hundreds of families out of the valley last year, fueling fears in Orm that the dam would fail.')).toEqual([]);
  });
});

describe('"should" before the cue', () => {
  it('reads advice as no statement', () => {
    expect(quotesIn('The harbor board should reiterate its support for the ferry crews.')).toEqual([]);
  });

  it('keeps what a speaker says should happen', () => {
    expect(quotesIn('Lind said the board should act.')).toEqual([
      { content: 'the board should act', cue: 'said', speaker: 'Lind' },
    ]);
  });
});
