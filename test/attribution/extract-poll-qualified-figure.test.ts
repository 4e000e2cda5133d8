/**
 * A fronted poll ("In a new Courier poll, ...") is the source of the clause after its comma, also
 * when that clause opens with an adverb that qualifies a figure ("only 6 percent", "just 30
 * percent"): such an adverb is part of the subject, not an aside between commas.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a figure qualified by an adverb after a fronted poll', () => {
  it('keeps the adverb and the figure in what the poll reports', () => {
    expect(quotesIn('In a Vale Courier poll published Monday, only 6 percent of growers said they would back Kell.')).toEqual([
      { content: 'only 6 percent of growers said they would back Kell', cue: 'In', speaker: 'a Vale Courier poll published Monday' },
    ]);
  });

  it('still skips an adverb set off by commas', () => {
    expect(quotesIn('In a Vale Courier poll, however, 30 percent of growers backed Kell.')).toEqual([
      { content: '30 percent of growers backed Kell', cue: 'In', speaker: 'a Vale Courier poll' },
    ]);
  });
});
