/**
 * An impression ("appears to", "seem") goes on through "as": a comparison ("as angry as") or a
 * clause of time ("as the vote nears") is part of what seems so.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"as" inside an impression', () => {
  it('keeps a clause of time after "as"', () => {
    expect(quotesIn('Lind appears to be campaigning harder as the count nears.')).toEqual([
      { content: 'Lind appears to be campaigning harder as the count nears', cue: 'appears' },
    ]);
  });

  it('keeps a comparison with "as ... as"', () => {
    expect(quotesIn("The growers don't seem as angry as those in the north.")).toEqual([
      { content: "The growers don't seem as angry as those in the north", cue: 'seem' },
    ]);
  });

  it('still ends before "after"', () => {
    expect(quotesIn('Kell appeared poised to win after finishing second.')).toEqual([{ content: 'Kell appeared poised to win', cue: 'appeared' }]);
  });
});
