/**
 * The comma between a town and its state ("Dunmore, Ky.", "Lorton, Iowa") sets off no clause:
 * the two make one place name, so what was said runs through the state, and a fronted clause whose
 * end is looked for at its first comma goes on to the comma after the state. A state that opens a
 * longer phrase ("..., Idaho Gov. Lind said") is no such place.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a town and its state', () => {
  it('stay together in what was said', () => {
    expect(quotesIn('When Voss learned that Pike would stump in Dunmore, Ky., where her sister farms, she left the hall.')).toEqual([
      { content: 'Pike would stump in Dunmore, Ky.', cue: 'learned', speaker: 'Voss' },
    ]);
    expect(quotesIn('Although Voss says Pike broke the story of the standoff in Coldwell, Nevada, others argue that he did not.')).toEqual([
      { content: 'Pike broke the story of the standoff in Coldwell, Nevada', cue: 'says', speaker: 'Voss' },
      { content: 'he did not', cue: 'argue', speaker: 'others' },
    ]);
  });

  it('leave a state that opens a new subject alone', () => {
    expect(quotesIn('Voss said the ferry would stop in Lorton, Idaho Gov. Dale Pike said on Monday.')).toEqual([
      { content: 'Voss said the ferry would stop in Lorton', cue: 'said', speaker: 'Idaho Gov. Dale Pike' },
    ]);
  });
});
