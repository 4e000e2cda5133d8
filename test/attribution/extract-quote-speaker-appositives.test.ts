/**
 * After a quotation, a name followed by appositives that hold commas of their own ("Vera Holm,
 * 67, a retired clerk, said") is the speaker; the quotation alone is what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a speaker with several appositives after a quotation', () => {
  it('reads a name, an age and a description', () => {
    expect(quotesIn('"I do not think she has been truthful," Vera Holm, 67, a retired clerk in Orvik, said in an interview.')).toEqual([
      { content: '"I do not think she has been truthful,"', cue: 'said', speaker: 'Vera Holm, 67, a retired clerk in Orvik' },
    ]);
  });

  it('reads a title holding a list', () => {
    expect(quotesIn('"The plan will not work, but it is a step," Tova Berg, director of water, roads, and ferries, said on the call.')).toEqual([
      { content: '"The plan will not work, but it is a step,"', cue: 'said', speaker: 'Tova Berg, director of water, roads, and ferries' },
    ]);
  });

  it('reads them after a quotation that closes inside the sentence', () => {
    expect(quotesIn('The new levies “will not fix the dam, but they are a start,” Ana Pike, head of roads, ferries, and bridges, said on Monday.')).toEqual([
      { content: 'The new levies “will not fix the dam, but they are a start,”', cue: 'said', speaker: 'Ana Pike, head of roads, ferries, and bridges' },
    ]);
  });
});
