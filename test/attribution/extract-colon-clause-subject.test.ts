/**
 * "Lind answered with a line fit for Kell himself: “...”": when the phrase before a colon closes a
 * clause of its own, the named subject of that clause speaks the quotation after the colon.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation after a colon that ends a clause', () => {
  it('gives the quotation to the clause subject, not to a name in its object', () => {
    expect(quotesIn('Later, Ana Lind answered with a line that could have come from Oren Kell himself: "Nobody owns the river."')).toEqual([
      { content: '"Nobody owns the river."', cue: ':', speaker: 'Ana Lind' },
    ]);
  });

  it('gives the quotation to the subject past a listener before the colon', () => {
    expect(quotesIn('Later, council leader Tom Ruiz sent a short note to Mayor Dale: "Open the gates."')).toEqual([
      { content: '"Open the gates."', cue: ':', speaker: 'council leader Tom Ruiz' },
    ]);
  });

  it('keeps a name after "from" as the source of the quotation', () => {
    expect(quotesIn('Later came a note from Ana Lind: "Nobody owns the river."')).toEqual([
      { content: '"Nobody owns the river."', cue: ':', speaker: 'Ana Lind' },
    ]);
  });
});
