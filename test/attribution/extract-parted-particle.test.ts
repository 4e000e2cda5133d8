/**
 * A manner or a time word between the verb of a two-word cue and its preposition belongs to the
 * cue, as it already did before "about" and "of": "called repeatedly for", "railed openly against".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a two-word cue parted by a manner', () => {
  it('reads "called repeatedly for"', () => {
    expect(quotesIn('Mayor Ostrander called repeatedly for a recount of the harbor vote.')).toEqual([
      { content: 'a recount of the harbor vote', cue: 'called repeatedly for', speaker: 'Mayor Ostrander' },
    ]);
  });

  it('reads a day between the verb and its preposition', () => {
    expect(quotesIn('The growers responded Tuesday to the new ferry schedule.')).toEqual([
      { content: 'the new ferry schedule', cue: 'responded Tuesday to', speaker: 'The growers' },
    ]);
  });

  it('reads a dated time phrase between the verb and its preposition', () => {
    expect(quotesIn('The ferry line apologized on Thursday for the cancelled crossings.')).toEqual([
      { content: 'the cancelled crossings', cue: 'apologized on Thursday for', speaker: 'The ferry line' },
    ]);
    expect(quotesIn('Ostrander spoke last week about the old pier.')).toEqual([
      { content: 'the old pier', cue: 'spoke last week about', speaker: 'Ostrander' },
    ]);
  });

  it('leaves a dated verb whose preposition makes no cue with it', () => {
    expect(quotesIn('Ostrander waited on Monday for the ferry.')).toEqual([]);
  });

  it('does not take "for" and a span of time for the preposition of the cue', () => {
    expect(quotesIn('Critics have argued for years that the levees were neglected.')).toEqual([
      { content: 'the levees were neglected', cue: 'argued', speaker: 'Critics' },
    ]);
    expect(quotesIn('The growers have pushed for months.')).toEqual([]);
    expect(quotesIn('She argued for a new levee.')).toEqual([{ content: 'a new levee', cue: 'argued for', speaker: 'She' }]);
  });

  it('still reads "about" after a manner', () => {
    expect(quotesIn('Ostrander spoke warmly about the old pier.')).toEqual([
      { content: 'the old pier', cue: 'spoke warmly about', speaker: 'Ostrander' },
    ]);
  });

  it('leaves a verb whose preposition makes no cue with it', () => {
    expect(quotesIn('Ostrander waited patiently for the ferry.')).toEqual([]);
  });
});
