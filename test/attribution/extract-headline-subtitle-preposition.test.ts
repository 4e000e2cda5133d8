/**
 * "The Night Shift: Inside the Wards of St. Brendan's": in a headline, an unquoted phrase after
 * the colon that opens with a preposition of place ("Inside", "Behind", "Beyond") and has no verb
 * is the piece's subtitle, as one opening with an article is; what stands before the colon is
 * its subject, not a speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a headline subtitle opened by a preposition', () => {
  it('is no statement of the words before the colon', () => {
    expect(spokenQuotes('The Night Shift: Inside the Wards of a Country Hospital\n\nNurses said the wards were full.')).toEqual([
      { content: 'the wards were full', cue: 'said', speaker: 'Nurses' },
    ]);
    expect(spokenQuotes('The Long Table: Beyond the Harvest Festival in Tarrow\n\nGrowers said prices fell.')).toEqual([{ content: 'prices fell', cue: 'said', speaker: 'Growers' }]);
  });

  it('still reads a quotation after a speaker and a colon', () => {
    expect(spokenQuotes('Mayor: "We will rebuild the pier"')).toEqual([{ content: '"We will rebuild the pier"', cue: ':', speaker: 'Mayor' }]);
  });
});
