/**
 * A quotation that opens what a cue reports may be followed by a time that dates the act
 * ("tweeted “Thank you, Lorne” moments after polls closed", "chanted “no deal” after the talks
 * failed", "wrote “We won” on Monday"): the time is no part of what was said. A quotation that goes
 * on after the time ("she said three days after the storm, “which ...”") stays whole.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a time after a quotation that opens the content', () => {
  it('ends the content at the closing mark before "moments after" and "after"', () => {
    expect(quotesIn('Vera Kell posted a message reading “Thank you, Lorne” moments after polls closed.')).toEqual([
      { content: '“Thank you, Lorne”', cue: 'reading', speaker: 'Vera Kell' },
    ]);
    expect(quotesIn('Dock workers chanted “no deal, no ships” after the talks failed on Friday.')).toEqual([
      { content: '“no deal, no ships”', cue: 'chanted', speaker: 'Dock workers' },
    ]);
  });

  it('ends it before "on Monday"', () => {
    expect(quotesIn('Vera Kell tweeted “We won the valley” on Monday.')).toEqual([
      { content: '“We won the valley”', cue: 'tweeted', speaker: 'Vera Kell' },
    ]);
  });

  it('keeps a quotation that goes on after the time', () => {
    expect(quotesIn('“We want a valley where all are safe,” she said three days after the storm, “which was the worst in years.”')).toEqual([
      { content: '“We want a valley where all are safe,” she said three days after the storm, “which was the worst in years.”', cue: 'said', speaker: 'she' },
    ]);
  });
});
