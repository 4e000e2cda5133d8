/**
 * "Protesters chanted “shame” as the minister arrived", "Lind said “no” when she was asked": after a
 * quotation that opens the content, "as", "when" or "while" with a subject and a verb of its own
 * dates the act; the content is the quotation alone. A phrase after "as" ("named “Ruth” as her
 * favourite") still belongs to what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a clause of time after a quotation', () => {
  it('is no part of what was said', () => {
    expect(spokenQuotes('Fans chanted "resign" as the owner took his seat.')).toEqual([{ content: '"resign"', cue: 'chanted', speaker: 'Fans' }]);
    expect(spokenQuotes('The clerk said "never" when she heard the fee.')).toEqual([{ content: '"never"', cue: 'said', speaker: 'The clerk' }]);
    expect(spokenQuotes('Delegates shouted "shame" while he spoke.')).toEqual([{ content: '"shame"', cue: 'shouted', speaker: 'Delegates' }]);
  });

  it('leaves a phrase after "as" in the content', () => {
    expect(spokenQuotes('The singer named "Low Tide" as her favourite song.')).toEqual([
      { content: '"Low Tide" as her favourite song', cue: 'named', speaker: 'The singer' },
    ]);
  });
});
