/**
 * A quotation with its own attribution set off between dashes interrupts a clause; a verb after
 * "and" past the closing dash goes on with the clause's subject, not with the aside's speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a chained cue after a quoted aside between dashes', () => {
  it('takes the subject of the interrupted clause', () => {
    const found = quotesIn('Rask doubted the plan - "It will fail," she said - and urged a vote that the council drop it.');
    expect(found).toContainEqual({ content: 'a vote that the council drop it', cue: 'urged', speaker: 'Rask' });
    expect(found).toContainEqual({ content: '"It will fail,"', cue: 'said', speaker: 'she' });
  });

  it('falls back on the opening subject when nothing before the aside is a statement', () => {
    const found = quotesIn('Rask has also railed at the ferry fees - "I will never ride it again," he said - and vowed to cut the fees.');
    expect(found).toContainEqual({ content: 'to cut the fees', cue: 'vowed', speaker: 'Rask' });
  });

  it('keeps the nearest subject when no statement stands between the dashes', () => {
    const found = quotesIn('Rask met the growers - a long meeting - and said that the fees would fall.');
    expect(found).toContainEqual({ content: 'the fees would fall', cue: 'said', speaker: 'Rask' });
  });
});
