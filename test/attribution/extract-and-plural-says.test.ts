/**
 * A second subject after "and" with a "say" of its own ends what the first one said, also when it
 * is a bare plural or "others" ("Some growers said they would stay and others said they would go").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"and" before a bare plural that says', () => {
  it('ends the first content before "and others said"', () => {
    expect(quotesIn('Several growers said they would skip the fair and others said they had not decided.')).toEqual([
      { content: 'they would skip the fair', cue: 'said', speaker: 'Several growers' },
      { content: 'they had not decided', cue: 'said', speaker: 'others' },
    ]);
  });

  it('ends it before a plural noun that says', () => {
    expect(quotesIn('Most ferry riders say the fares are too high and drivers say the tolls are worse.')).toEqual([
      { content: 'the fares are too high', cue: 'say', speaker: 'Most ferry riders' },
      { content: 'the tolls are worse', cue: 'say', speaker: 'drivers' },
    ]);
  });
});
