/**
 * "“...,” said Ana Pike, speaking outside the hall.": after an inverted cue, a participle's phrase
 * set off by a comma after the speaker (or after the speaker's appositive) is a free adjunct of the
 * saying, as it is between a subject and its cue; it is no part of the speaker. A word in "-ing"
 * that qualifies a title ("managing director") still opens an appositive.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle aside after an inverted speaker', () => {
  it('leaves the aside out of the speaker', () => {
    expect(spokenQuotes('"The dam will hold," said Ana Pike, standing on the levee.')).toEqual([{ content: '"The dam will hold,"', cue: 'said', speaker: 'Ana Pike' }]);
  });

  it('leaves it out after an appositive, and the quotation goes on', () => {
    expect(spokenQuotes('"We are not finished," said Tom Reed, the growers\' chairman, speaking outside the hall. "We will be back."')).toEqual([
      { content: '"We are not finished," said Tom Reed, the growers\' chairman, speaking outside the hall. "We will be back."', cue: 'said', speaker: "Tom Reed, the growers' chairman" },
    ]);
  });

  it('keeps a title in "-ing" with the speaker', () => {
    expect(spokenQuotes('"Rates will fall," said Rolf Pell, managing director at Varn Capital.')).toEqual([{ content: '"Rates will fall,"', cue: 'said', speaker: 'Rolf Pell, managing director at Varn Capital' }]);
  });
});
