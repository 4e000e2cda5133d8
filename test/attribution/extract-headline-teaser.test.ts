/**
 * In a headline, a dash before a clause in title case closes what was said: the writer's teaser
 * follows ("Kell Just Revealed Who She Would Pick – It Might Surprise You").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a teaser after a dash in a headline', () => {
  it('ends what was said at the dash', () => {
    expect(quotesIn('Mayor Kell Just Revealed Who She Would Pick For Harbor Chief – It Might Surprise You.')).toEqual([
      { content: 'Who She Would Pick For Harbor Chief', cue: 'Revealed', speaker: 'Mayor Kell' },
    ]);
    expect(quotesIn('Ruiz Just Said Something Unexpected About The Levy — It May Surprise You.')).toEqual([
      { content: 'Something Unexpected About The Levy', cue: 'Said', speaker: 'Ruiz' },
    ]);
  });

  it('keeps a dash before capitalised words in the body of a story', () => {
    expect(quotesIn('The dam was safe, Kell said.\n\nRuiz said the levy was a gift to one man – Tom Reed – and would fail.')).toContainEqual({
      content: 'the levy was a gift to one man – Tom Reed – and would fail',
      cue: 'said',
      speaker: 'Ruiz',
    });
  });
});
