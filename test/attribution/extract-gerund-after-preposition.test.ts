/**
 * "was fined for publicly criticizing the port authority", "took heat for not condemning the
 * raid": a cue in -ing after "for" reports a stand of the clause's subject, as one after "after",
 * "by" or "while" does.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue in -ing after "for"', () => {
  it('is said by the subject of the clause', () => {
    expect(quotesIn('The harbor pilot was fined for publicly criticizing the port authority.')).toEqual([
      { content: 'the port authority', cue: 'criticizing', speaker: 'The harbor pilot' },
    ]);
    expect(quotesIn('Senator Ines Vale has taken heat at home for not condemning the raid on the mill.')).toEqual([
      { content: 'the raid on the mill', cue: 'condemning', speaker: 'Senator Ines Vale' },
    ]);
  });
});
