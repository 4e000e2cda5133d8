/**
 * "offer": what is offered is said when it is a view or a word of saying ("a defense of", "few
 * details"), not when it is a thing ("a job").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"offer" with a view as its object', () => {
  it('reads a defense or details offered', () => {
    expect(quotesIn('Kell offered a defense of the levy.')).toEqual([{ content: 'a defense of the levy', cue: 'offered', speaker: 'Kell' }]);
    expect(quotesIn('The mayor offered few details on the plan.')).toEqual([
      { content: 'few details on the plan', cue: 'offered', speaker: 'The mayor' },
    ]);
  });

  it('reads no statement for a thing offered', () => {
    expect(quotesIn('Lind offered him a job.')).toEqual([]);
    expect(quotesIn('The college offers free tuition.')).toEqual([]);
  });

  it('still reads an offer to do something', () => {
    expect(quotesIn('Lind offered to resign.')).toEqual([{ content: 'to resign', cue: 'offered', speaker: 'Lind' }]);
  });
});
