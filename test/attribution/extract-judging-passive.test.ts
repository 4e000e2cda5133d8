/**
 * A passive with "by" that says what its subject is taken to be ("remembered by X as ...",
 * "considered unsafe by X") reports the whole clause; one that only names a source of the subject
 * ("first reported by X") or a reason ("criticized by X for ...") keeps the subject alone.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a passive that says what its subject is taken to be', () => {
  it('keeps the role after "as"', () => {
    expect(quotesIn('Ana Lind will be remembered by many as a fair judge.')).toEqual([
      { content: 'Ana Lind will be remembered by many as a fair judge', cue: 'remembered', speaker: 'many' },
    ]);
  });

  it('keeps a complement before "by"', () => {
    expect(quotesIn('Ferries are considered unsafe by most growers.')).toEqual([
      { content: 'Ferries are considered unsafe', cue: 'considered', speaker: 'most growers' },
    ]);
  });

  it('keeps only the subject before a reason after "for"', () => {
    expect(quotesIn('Tomas Reyes was criticized by the growers for skipping the levy vote.')).toEqual([
      { content: 'Tomas Reyes', cue: 'criticized', speaker: 'the growers' },
    ]);
  });

  it('keeps only the subject of a plain passive', () => {
    expect(quotesIn('The plan was first reported by the Valley Courier.')).toEqual([
      { content: 'The plan', cue: 'reported', speaker: 'the Valley Courier' },
    ]);
  });

  it('keeps only the subject when a time stands before "by"', () => {
    expect(quotesIn('The plan was endorsed Friday by the growers union.')).toEqual([
      { content: 'The plan', cue: 'endorsed', speaker: 'the growers union' },
    ]);
  });

  it('keeps only the subject before examples after "such ... as"', () => {
    expect(quotesIn('The mayor was endorsed by papers such as the Valley Courier.')).toEqual([
      { content: 'The mayor', cue: 'endorsed', speaker: 'papers' },
    ]);
  });
});
