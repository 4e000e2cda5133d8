/**
 * "confirmed the split to the magazine", "repeated the charge to reporters": after what a cue names,
 * "to" and the press (reporters, journalists, the magazine, the paper, a reporter) say who heard it,
 * as a channel says how it was said; what was named ends before them. A verb whose "to" opens a
 * second complement ("compared the loss to the press") keeps it, and so does an infinitive whose
 * own object the press is ("declined to speak to reporters").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"to" and the press after what a cue names', () => {
  it('is the listener, not part of what was named', () => {
    expect(quotesIn('Her agent confirmed the engagement to the magazine.')).toEqual([
      { content: 'the engagement', cue: 'confirmed', speaker: 'Her agent' },
    ]);
    expect(quotesIn('The harbor master repeated his warning to reporters on Friday.')).toEqual([
      { content: 'his warning', cue: 'repeated', speaker: 'The harbor master' },
    ]);
  });

  it('stays after a verb whose "to" opens a complement', () => {
    expect(quotesIn('The coach compared the defeat to the press.')).toEqual([
      { content: 'the defeat to the press', cue: 'compared', speaker: 'The coach' },
    ]);
  });

  it('stays inside an infinitive whose object the press is', () => {
    expect(quotesIn('The ferry captain declined to speak to reporters.')).toEqual([
      { content: 'to speak to reporters', cue: 'declined', speaker: 'The ferry captain' },
    ]);
  });
});
