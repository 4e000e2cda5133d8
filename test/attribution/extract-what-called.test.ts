/**
 * A free relative "what" before a cue that names, with a quotation after it: "what Lind called
 * “a farce”" is what was called so, "what" and the name's giver with it; a cue of saying before
 * a quotation still starts at the quotation.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('"what" before a naming cue and a quotation', () => {
  it('starts the content at "what"', () => {
    expect(quotesIn('Kell pointed to what Lind called “a farce.”')).toEqual([{ content: 'what Lind called “a farce.”', cue: 'called', speaker: 'Lind', mode: 'mixed' }]);
  });

  it('does so with a present form and a pronoun for a group', () => {
    expect(quotesIn('The union backs what it calls “fair rules for the harbor.”')).toEqual([
      { content: 'what it calls “fair rules for the harbor.”', cue: 'calls', speaker: 'it', mode: 'mixed' },
    ]);
  });
});
