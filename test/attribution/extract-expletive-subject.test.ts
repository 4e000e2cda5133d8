/**
 * A sentence opened by a contracted expletive ("There's", "It's", "That's") has no subject that
 * could speak: a participle later in it reports no statement of the expletive's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a contracted expletive subject', () => {
  it('gives a participle after "There\'s" no speaker to take', () => {
    expect(quotesIn("There's still time for Vega to court the farmers, even after calling them lazy.")).toEqual([]);
  });

  it('gives a participle after "It\'s" no speaker to take', () => {
    expect(quotesIn("It's another blow to the mayor, coming a week after declaring that the port was closed.")).toEqual([]);
  });

  it('still reads a clause after "There\'s" that a speaker reports', () => {
    expect(quotesIn("There's a bakery on Elm Street, Vega said.")).toEqual([
      { content: "There's a bakery on Elm Street", cue: 'said', speaker: 'Vega' },
    ]);
  });

  it('still gives a participle the subject of a clause with a speaker', () => {
    expect(quotesIn('Lind toured the mill on Tuesday, calling the new looms a marvel.')).toEqual([
      { content: 'the new looms a marvel', cue: 'calling', speaker: 'Lind' },
    ]);
  });
});
