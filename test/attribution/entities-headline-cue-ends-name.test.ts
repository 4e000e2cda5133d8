/**
 * In a title-case headline every word is capitalised, so the run of capitalised words goes on
 * over the cue and its object ("Privacy Group Accuses Harbor Police of Neglect"); the speaker's name
 * ends where the cue begins, and no entity is named after the whole run.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes } from './found-quotes.js';

describe('a cue inside a title-case headline', () => {
  it("ends the speaker's name", () => {
    const text = 'Privacy Group Accuses Harbor Police of Snooping\n\nThe group said its members had been filmed at the pier.';
    expect(attributedQuotes(text)).toEqual([
      { content: 'Harbor Police of Snooping', cue: 'Accuses', speaker: 'Privacy Group', entity: 'Privacy Group' },
      { content: 'its members had been filmed at the pier', cue: 'said', speaker: 'The group', entity: 'Privacy Group' },
    ]);
    const names = analyze({ text }).entities.map((entity) => entity.name);
    expect(names).not.toContain('Privacy Group Accuses Harbor Police');
  });

  it('ends a person\'s name too', () => {
    const text = 'Mayor Orla Pentreath Rejects Audit of Ferry Fund\n\nPentreath said the audit was a stunt.';
    expect(attributedQuotes(text).map((quote) => quote.entity)).toEqual(['Orla Pentreath', 'Orla Pentreath']);
  });
});
