/**
 * A sentence ending in a colon before a quotation that closes with a clause joined by ", and" or
 * ", but" introduces the quotation with that clause: its subject, not the sentence's first, is
 * the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a colon after a conjoined clause', () => {
  it('takes the subject of the last clause', () => {
    expect(quotesIn('The Tarrow Courier ran the claim in May, and the Vale Herald responded:\n\n“If growers fear the toll, let them say so.”')).toContainEqual({
      content: '“If growers fear the toll, let them say so.”',
      cue: ':',
      speaker: 'the Vale Herald',
    });
  });

  it('keeps the first subject without a conjoined clause', () => {
    expect(quotesIn('The Tarrow Courier ran the claim in May:\n\n“If growers fear the toll, let them say so.”')).toContainEqual({
      content: '“If growers fear the toll, let them say so.”',
      cue: ':',
      speaker: 'The Tarrow Courier',
    });
  });
});
