/**
 * A count "in" a whole ("three in 10", "one in five voters") is one proportion: the whole phrase
 * speaks, as the subject of a verb or of a participle after "with".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a proportion with "in"', () => {
  it('is the whole subject of the cue', () => {
    expect(quotesIn('Six in 10 said the ferry toll was too high.')).toEqual([
      { content: 'the ferry toll was too high', cue: 'said', speaker: 'Six in 10' },
    ]);
    expect(quotesIn('One in five growers say the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'say', speaker: 'One in five growers' },
    ]);
  });

  it('speaks in an absolute phrase after "with"', () => {
    expect(quotesIn('Voters shrugged off the pick, with three in 10 saying it would make no difference.')).toEqual([
      { content: 'it would make no difference', cue: 'saying', speaker: 'three in 10' },
    ]);
  });
});
