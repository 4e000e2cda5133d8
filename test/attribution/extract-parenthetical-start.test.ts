/**
 * Where the content of a parenthetical attribution ("X, she said, Y") starts when it sits inside
 * a longer sentence: after a lone dash or an opening parenthesis, or at a relative pronoun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a parenthetical attribution inside a longer sentence', () => {
  it('starts after a lone dash', () => {
    expect(quotesIn('The mayor had a rally that night - and the licence, his aide said, had taken weeks to obtain.')).toEqual([
      { content: 'and the licence, his aide said, had taken weeks to obtain', cue: 'said', speaker: 'his aide' },
    ]);
  });

  it('starts after an opening parenthesis', () => {
    expect(quotesIn('Ortiz kept the old ferry (the cost of which, many growers say, was far too high) for two more years.')).toEqual([
      { content: 'the cost of which, many growers say, was far too high', cue: 'say', speaker: 'many growers' },
    ]);
  });

  it('starts at a relative pronoun right before it', () => {
    expect(quotesIn('Lind drove on to Orm, which, her aides believe, would bring in new donors.')).toEqual([
      { content: 'which, her aides believe, would bring in new donors', cue: 'believe', speaker: 'her aides' },
    ]);
  });

  it('still covers the whole sentence without such a break', () => {
    expect(quotesIn('The licence, his aide said, had taken weeks to obtain.')).toEqual([
      { content: 'The licence, his aide said, had taken weeks to obtain', cue: 'said', speaker: 'his aide' },
    ]);
  });
});
