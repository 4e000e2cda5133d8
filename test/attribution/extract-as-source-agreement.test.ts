/**
 * "..., as X said": the source after "as" may be a subject pronoun ("as she said at the start")
 * or a plural subject with a bare verb ("as the growers point out"), not only a name with a
 * verb in the past or in -s.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"as" and its source', () => {
  it('reads a plural subject with a bare phrasal verb', () => {
    expect(quotesIn('The new toll also carries risks, as Kell’s supporters point out.')).toEqual([
      { content: 'The new toll also carries risks', cue: 'point out', speaker: 'Kell’s supporters' },
    ]);
  });

  it('reads a subject pronoun with a verb in the past and an adjunct', () => {
    expect(quotesIn('Her father also grew up in Dunmore, as she said at the start.')).toEqual([
      { content: 'Her father also grew up in Dunmore', cue: 'said', speaker: 'she' },
    ]);
  });

  it('still reads a name with a verb in the past', () => {
    expect(quotesIn('The levy will fail, as Tova Kell said on Monday.')).toEqual([
      { content: 'The levy will fail', cue: 'said', speaker: 'Tova Kell' },
    ]);
  });

  it('reads nothing when "as" opens a clause of time', () => {
    expect(quotesIn('Ana smiled at the crowd as she said goodbye.')).toEqual([]);
  });

  it('leaves a singular name with a bare verb unread', () => {
    expect(quotesIn('The ferry is late, as Kell say.')).toEqual([]);
  });
});
