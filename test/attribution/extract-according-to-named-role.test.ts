/**
 * "According to the spokesman, Tom Reilly, the talks ...": a name after a source with a role word,
 * closed by a comma before a new subject, is the source's name, not the start of what was said.
 * A name that an age or a verb follows is the subject of the content instead.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a name in apposition to the source of "According to"', () => {
  it('belongs to the source', () => {
    expect(quotesIn('According to the spokesman, Teo Marlund, the ferry will sail on Monday.')).toEqual([
      { content: 'the ferry will sail on Monday', cue: 'According to', speaker: 'the spokesman, Teo Marlund' },
    ]);
  });

  it('is the subject of the content before an age or a verb', () => {
    expect(quotesIn('According to the prosecutor, Brask, 34, burned the ledger.')).toEqual([
      { content: 'Brask, 34, burned the ledger', cue: 'According to', speaker: 'the prosecutor' },
    ]);
    expect(quotesIn('According to the prosecutor, Brask burned the ledger.')).toEqual([
      { content: 'Brask burned the ledger', cue: 'According to', speaker: 'the prosecutor' },
    ]);
  });
});
