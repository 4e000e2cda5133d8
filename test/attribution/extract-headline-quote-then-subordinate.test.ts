/**
 * "Mayor: “We will rebuild” as floodwaters recede": in a headline, a subordinator right after the
 * quotation that follows a speaker and a colon ("as", "while", "after") opens the writer's clause;
 * what was said is the quotation alone. A quotation that the sentence goes on from with a verb
 * ("Lind: “Hate” Has “No Place” Here") is still only part of what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a headline quotation followed by a subordinate clause', () => {
  it('ends what was said at the quotation', () => {
    const text = 'Mayor: "We will rebuild" as floodwaters recede in Tarsk\n\nBy Ivo Brandt\n\nThe river fell overnight.';
    expect(spokenQuotes(text)[0]).toEqual({ content: '"We will rebuild"', cue: ':', speaker: 'Mayor' });
  });

  it('keeps a sentence that goes on from the quotation with a verb', () => {
    const text = 'Lind: "Hate" Has "No Place" Here\n\nBy Ivo Brandt\n\nThe rally ended late.';
    expect(spokenQuotes(text)[0]).toEqual({ content: '"Hate" Has "No Place" Here', cue: ':', speaker: 'Lind' });
  });
});
