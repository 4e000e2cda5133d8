/**
 * "a shirt that read ..." reports words printed on a thing, not anyone's statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('words printed on a thing after "that read" or "which read"', () => {
  it('reads no statement from a relative clause with "read"', () => {
    expect(quotesIn('Ana Lind wore a shirt that read “Save the Dam.”')).toEqual([]);
    expect(quotesIn('He raised the sign — which read “Growers 4 Kell” — and waved it.')).toEqual([]);
  });

  it('still reads a quotation after a sign as the subject', () => {
    expect(quotesIn('The sign read “Save the Dam.”')).toEqual([
      { content: '“Save the Dam.”', cue: 'read', speaker: 'The sign' },
    ]);
  });
});
