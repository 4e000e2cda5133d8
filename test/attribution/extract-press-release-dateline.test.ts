/**
 * A press release's dateline carries the place, the state, the full date and the wire before its
 * dash ("MERRIDGE, Ost., Oct. 14, 2031 /PRNewswire/ --"); the company after the dash is the subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a press-release dateline', () => {
  it('leaves a long dateline with date and wire out of the speaker', () => {
    expect(
      quotesIn('MERRIDGE, Ost., Oct. 14, 2031 /PRNewswire/ -- Harlow Foods Inc. (NYSE: HRF), a maker of frozen meals, said sales rose 8 percent.'),
    ).toEqual([{ content: 'sales rose 8 percent', cue: 'said', speaker: 'Harlow Foods Inc. (NYSE: HRF), a maker of frozen meals' }]);
  });

  it('still leaves a short dateline out of the speaker', () => {
    expect(quotesIn('MERRIDGE, Ost. -- Harlow Foods Inc., a maker of frozen meals, said sales rose 8 percent.')).toEqual([
      { content: 'sales rose 8 percent', cue: 'said', speaker: 'Harlow Foods Inc., a maker of frozen meals' },
    ]);
  });
});
