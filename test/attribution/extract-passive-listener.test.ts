/**
 * A passive of a verb that takes a listener ("was told by", "was warned by") makes its subject the
 * one told: what was said is the that-clause or infinitive after the source, and with neither
 * the one told reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('passives whose subject is the listener', () => {
  it('reads the that-clause after the source as what was said', () => {
    expect(quotesIn('The mayor was told by two aides that the ferry plan would fail.')).toEqual([
      { content: 'the ferry plan would fail', cue: 'told', speaker: 'two aides' },
    ]);
    expect(quotesIn('Growers were warned by the water board that the canal would close in May.')).toEqual([
      { content: 'the canal would close in May', cue: 'warned', speaker: 'the water board' },
    ]);
  });

  it('reads the infinitive after the source as what was urged', () => {
    expect(quotesIn('The mayor was urged by two aides to delay the vote.')).toEqual([{ content: 'to delay the vote', cue: 'urged', speaker: 'two aides' }]);
  });

  it('reads no statement when nothing was said to the one told', () => {
    expect(quotesIn('Vantor was advised by Harlow Partners, and Greymill by Stellan Bank.')).toEqual([]);
  });

  it('still reads what was told when the subject is no listener', () => {
    expect(quotesIn('A different side of the ferry story was told by the Courier.')).toEqual([
      { content: 'A different side of the ferry story', cue: 'told', speaker: 'the Courier' },
    ]);
  });
});
