/**
 * "Neither A nor B" before a cue: the subject is the whole pair that "neither ... nor" joins,
 * not only its second member.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, spokenQuotes as quotesIn } from './found-quotes.js';

describe('a "neither ... nor" pair as the speaker', () => {
  it('takes both names for the speaker of a refusal to comment', () => {
    expect(quotesIn('Neither Lind nor Pell responded to requests for comment.')).toEqual([
      { content: 'requests for comment', cue: 'responded to', speaker: 'Neither Lind nor Pell' },
    ]);
  });

  it('takes both phrases for the speaker before a modal and a cue', () => {
    expect(quotesIn('Neither the mayor nor his aides would say whether the plant will close.')).toEqual([
      { content: 'whether the plant will close', cue: 'say', speaker: 'Neither the mayor nor his aides' },
    ]);
  });

  it('resolves the pair of names to a group, not to the second person', () => {
    expect(resolvedQuotes('Ada Lind and Tom Pell met on Monday. Neither Lind nor Pell responded to requests for comment.')).toEqual([
      { content: 'requests for comment', cue: 'responded to', speaker: 'Neither Lind nor Pell', entity: 'Neither Lind nor Pell', mode: 'indirect' },
    ]);
  });

  it('leaves a pair inside what was said to the content', () => {
    expect(quotesIn('Tova Brill said neither the union nor the company would pay.')).toEqual([
      { content: 'neither the union nor the company would pay', cue: 'said', speaker: 'Tova Brill' },
    ]);
  });
});
