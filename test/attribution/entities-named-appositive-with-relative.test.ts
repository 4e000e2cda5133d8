/**
 * "One of them, a retired nurse named Ines Vall who still lives nearby, said": a name put to an
 * appositive's title by "named" or "called" may take a relative clause ("who ...", "whose ...")
 * with no comma before it; the speaker is still the one named.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a named appositive with a relative clause on the name', () => {
  it('resolves the speaker to the name before "who"', () => {
    expect(resolvedQuotes('One of them, a retired nurse named Ines Vall who still lives nearby, said the clinic had closed too soon.')).toEqual([
      {
        content: 'the clinic had closed too soon',
        cue: 'said',
        speaker: 'One of them, a retired nurse named Ines Vall who still lives nearby',
        entity: 'Ines Vall',
        mode: 'indirect',
      },
    ]);
  });

  it('resolves the speaker to the name before "whose"', () => {
    expect(resolvedQuotes('Another parent, a teacher called Tomas Riel whose daughter rides the bus, said the route was unsafe.').map((quote) => quote.entity)).toEqual(['Tomas Riel']);
  });
});
