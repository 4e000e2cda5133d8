/**
 * The channel a statement was made in, after a comma at the end of what was said ("..., in
 * comments to reporters", "..., in a televised address"), is the writer's adjunct: the content
 * ends before it. A place or a time after "in" is not a channel and stays.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a channel of saying after the content', () => {
  it('ends a reported clause before ", in comments to ..."', () => {
    expect(quotesIn('Minister Pavel Orlov said the ferry talks were over, in comments to reporters in Varna.')).toEqual([
      { content: 'the ferry talks were over', cue: 'said', speaker: 'Minister Pavel Orlov' },
    ]);
  });

  it('ends a mixed quotation before ", in remarks broadcast by ..."', () => {
    expect(quotesIn('Orlov said the ferry talks were “not dead yet”, in remarks broadcast by state radio.')).toEqual([
      { content: 'the ferry talks were “not dead yet”', cue: 'said', speaker: 'Orlov' },
    ]);
  });

  it('ends before a channel with a modifier, ", in a televised address"', () => {
    expect(quotesIn('President Ana Sorel said the border would reopen, in a televised address on Sunday.')).toEqual([
      { content: 'the border would reopen', cue: 'said', speaker: 'President Ana Sorel' },
    ]);
  });

  it('keeps a place after "in" inside what was said', () => {
    expect(quotesIn('Orlov said the talks would resume in the spring, in Varna.')).toEqual([
      { content: 'the talks would resume in the spring, in Varna', cue: 'said', speaker: 'Orlov' },
    ]);
  });
});
