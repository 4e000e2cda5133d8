/**
 * The comma between a town and its state ("Louisville, Ky.", "Fairfield, Iowa") sets off no clause:
 * the two make one place name, so what was said runs through the state, and a fronted clause whose
 * end is looked for at its first comma goes on to the comma after the state. A state that opens a
 * longer phrase ("..., Idaho Gov. Lind said") is no such place.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a town and its state', () => {
  it('stay together in what was said', () => {
    expect(quotesIn('When Voss learned that Pike would campaign in Louisville, Ky., where she is a student, she walked out.')).toEqual([
      { content: 'Pike would campaign in Louisville, Ky.', cue: 'learned', speaker: 'Voss' },
    ]);
    expect(quotesIn('Although Voss says Pike broke the story of the standoff in Bunkerville, Nevada, others argue that he did not.')).toEqual([
      { content: 'Pike broke the story of the standoff in Bunkerville, Nevada', cue: 'says', speaker: 'Voss' },
      { content: 'he did not', cue: 'argue', speaker: 'others' },
    ]);
  });

  it('leave a state that opens a new subject alone', () => {
    expect(quotesIn('Voss said the ferry would stop in Lorton, Idaho Gov. Dale Pike said on Monday.')).toEqual([
      { content: 'Voss said the ferry would stop in Lorton', cue: 'said', speaker: 'Idaho Gov. Dale Pike' },
    ]);
  });
});
