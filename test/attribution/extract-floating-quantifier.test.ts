/**
 * A floating quantifier between an auxiliary and the cue ("have both argued", "will all support")
 * leaves the subject before the auxiliary as the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a floating quantifier after an auxiliary', () => {
  it('reads "have both argued that ..." with the coordinated subject', () => {
    expect(quotesIn('Mayor Lind and Senator Kell have both argued that farmers have lost jobs.')).toEqual([
      { content: 'farmers have lost jobs', cue: 'argued', speaker: 'Mayor Lind and Senator Kell' },
    ]);
  });

  it('reads "have each claimed that ..." after a plural pronoun', () => {
    expect(quotesIn('They have each claimed that the vote was rigged.')).toEqual([
      { content: 'the vote was rigged', cue: 'claimed', speaker: 'They' },
    ]);
  });

  it('reads "will all support" with its object', () => {
    expect(quotesIn('The growers will all support the ferry plan.').map((q) => [q.content, q.cue])).toEqual([['the ferry plan', 'support']]);
  });

  it('leaves "has both ... and" after a singular subject as before', () => {
    expect(quotesIn('Mr. Voss, who has both endorsed Ms. Lind and criticized her campaign, left early.').map((q) => q.content)).toEqual(['her campaign']);
  });
});
