/**
 * A contrast opened by "while" whose plural subject has "say" of its own ("while the growers
 * say ...", "while 43 percent say ...") is the writer's next statement, as one with a named
 * subject and a past cue is.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"while" and a plural subject with "say"', () => {
  it('ends what was said before "while the farmers say"', () => {
    expect(quotesIn('Kell said the dam is safe while the farmers say it is old.')).toEqual([
      { content: 'the dam is safe', cue: 'said', speaker: 'Kell' },
      { content: 'it is old', cue: 'say', speaker: 'the farmers' },
    ]);
  });

  it('ends what was said before "while 43 percent say"', () => {
    expect(quotesIn('Most riders said they dislike the toll while 43 percent say the opposite about the fares.')).toEqual([
      { content: 'they dislike the toll', cue: 'said', speaker: 'Most riders' },
      { content: 'the opposite about the fares', cue: 'say', speaker: '43 percent' },
    ]);
  });

  it('goes on past "while" when the plural subject has another verb', () => {
    expect(quotesIn('Kell said the dam is safe while the farmers plant their crops.')).toEqual([
      { content: 'the dam is safe while the farmers plant their crops', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
