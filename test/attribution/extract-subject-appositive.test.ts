/**
 * A name in commas after the sentence's subject ("One of the growers, Ana Lind, ...") belongs to
 * the speaker that a verb after "and" or a participle takes from the sentence's subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a name in commas after the sentence subject', () => {
  it('joins the subject that a verb after "and" takes', () => {
    expect(quotesIn('One of the growers, Ana Lind, had farmed there for years and said the levy was too high.')).toEqual([
      { content: 'the levy was too high', cue: 'said', speaker: 'One of the growers, Ana Lind' },
    ]);
  });

  it('leaves a subject without a name in commas as it was', () => {
    expect(quotesIn('The farmers in Brill, most of them growers, met on Monday and said the levy was too high.')).toEqual([
      { content: 'the levy was too high', cue: 'said', speaker: 'The farmers in Brill' },
    ]);
  });

  it('reads the same speaker when the cue follows the name directly', () => {
    expect(quotesIn('One of the growers, Ana Lind, said the levy was too high.')).toEqual([
      { content: 'the levy was too high', cue: 'said', speaker: 'One of the growers, Ana Lind' },
    ]);
  });
});
