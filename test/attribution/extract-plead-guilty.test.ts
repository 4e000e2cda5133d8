/**
 * "pleaded guilty to ...", "pleaded not guilty to ...": a plea is a stand taken on record; the
 * charges it answers are its content and the one who pleads its speaker. "pleaded with" (a
 * request) is no plea.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a plea of guilty or not guilty', () => {
  it('reads the charges as the content', () => {
    expect(quotesIn('Orrin Vasko pleaded guilty to two counts of wire fraud.')).toEqual([
      { content: 'two counts of wire fraud', cue: 'pleaded guilty to', speaker: 'Orrin Vasko' },
    ]);
    expect(quotesIn('The harbor clerk pleaded not guilty to charges of forging ferry permits.')).toEqual([
      { content: 'charges of forging ferry permits', cue: 'pleaded not guilty to', speaker: 'The harbor clerk' },
    ]);
  });

  it('leaves "pleaded with" alone', () => {
    expect(quotesIn('Orrin Vasko pleaded with the guards for more blankets.')).toEqual([]);
  });
});
