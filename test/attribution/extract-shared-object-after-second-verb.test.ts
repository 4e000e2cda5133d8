/**
 * "could reduce, but not erase, a debt", "would slow, and perhaps stop, a decline": a second verb
 * set off by commas shares the object that follows them with the first verb, so an indefinite
 * phrase after the second comma is still what was said, not the writer's closing comment. An
 * indefinite phrase after a clause that is complete ("..., a claim few accept") still is one.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an object shared by two verbs around a comma aside', () => {
  it('stays in what was said', () => {
    expect(quotesIn('The tribunal ruled that the waiver could lessen, but not cancel, a penalty owed by the rowing club.')).toEqual([
      { content: 'the waiver could lessen, but not cancel, a penalty owed by the rowing club', cue: 'ruled', speaker: 'The tribunal' },
    ]);
    expect(quotesIn('Harbor officials said the new tariff would slow, and perhaps reverse, an exodus of fishing crews.')).toEqual([
      { content: 'the new tariff would slow, and perhaps reverse, an exodus of fishing crews', cue: 'said', speaker: 'Harbor officials' },
    ]);
  });

  it('leaves a closing comment on a complete clause out', () => {
    expect(quotesIn('The treasurer said the ferry levy would pass easily, a forecast few in the valley share.')).toEqual([
      { content: 'the ferry levy would pass easily', cue: 'said', speaker: 'The treasurer' },
    ]);
  });
});
