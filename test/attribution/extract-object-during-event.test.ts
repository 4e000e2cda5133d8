/**
 * "during" before an event where words are said ("during a rally", "during his speech") opens an
 * adjunct of the cue, as "at" and "in" do: what is named ends before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"during" and an event after an object', () => {
  it('ends the object before "during a rally"', () => {
    expect(quotesIn('Ana Lind criticized the toll during a rally in Dunmore.')).toEqual([
      { content: 'the toll', cue: 'criticized', speaker: 'Ana Lind' },
    ]);
  });

  it('ends the object before "during his speech"', () => {
    expect(quotesIn('Kell praised Lind during his speech on Friday.')).toEqual([{ content: 'Lind', cue: 'praised', speaker: 'Kell' }]);
  });

  it('keeps "during" before a span of time that is no event', () => {
    expect(quotesIn('Lind criticized the delays during the long winter.')).toEqual([
      { content: 'the delays during the long winter', cue: 'criticized', speaker: 'Lind' },
    ]);
  });
});
