/**
 * "According to the complaint, filed Tuesday in federal court, the firm ignored the warnings.": a
 * past participle's phrase on the source, set off by commas, says more of the source and is no
 * part of what is sourced, as a present participle's is ("According to Ruth Kell, writing for
 * the Courier, ..."). A participle that modifies a noun ("armed men, wearing masks, stormed the
 * bank") still opens the content.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a past participle\'s phrase after a fronted "according to" source', () => {
  it('is no part of the content', () => {
    expect(spokenQuotes('According to the complaint, filed Tuesday in federal court, the firm ignored the warnings.')).toEqual([
      { content: 'the firm ignored the warnings', cue: 'According to', speaker: 'the complaint' },
    ]);
    expect(spokenQuotes('According to the audit, obtained by the Harbor Post, the port overpaid its contractors.')).toEqual([
      { content: 'the port overpaid its contractors', cue: 'According to', speaker: 'the audit' },
    ]);
  });

  it('leaves a participle on a noun in the content', () => {
    expect(spokenQuotes('According to police, armed men, wearing masks, stormed the bank.')).toEqual([
      { content: 'armed men, wearing masks, stormed the bank', cue: 'According to', speaker: 'police' },
    ]);
  });
});
