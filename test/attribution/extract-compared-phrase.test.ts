/**
 * "..., compared to X" after what was said sets it beside something else and is part of it;
 * beside a figure ("..., compared with 40 percent who ...") it is the writer's contrast.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a comparison after a comma', () => {
  it('keeps "compared to" and its object in what was said', () => {
    expect(quotesIn('Lind noted that ferry workers earn less, compared to their harbor counterparts.')).toEqual([
      { content: 'ferry workers earn less, compared to their harbor counterparts', cue: 'noted', speaker: 'Lind' },
    ]);
  });

  it('ends what was said before a comparison with a figure', () => {
    expect(quotesIn('Most riders said they liked the levy, compared with 40 percent in May.')).toEqual([
      { content: 'they liked the levy', cue: 'said', speaker: 'Most riders' },
    ]);
  });
});
