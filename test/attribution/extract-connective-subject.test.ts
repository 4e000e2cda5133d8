/**
 * A connective written without commas between a subject and its cue ("Moro however said",
 * "the board meanwhile argued") leaves the subject the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a connective between the speaker and the cue', () => {
  it('reads "however" between the subject and "said"', () => {
    expect(quotesIn('Councilor Abel Moro however said he would welcome talks on the ferry.')).toEqual([
      { content: 'he would welcome talks on the ferry', cue: 'said', speaker: 'Councilor Abel Moro' },
    ]);
  });

  it('reads "meanwhile" between the subject and "argued"', () => {
    expect(quotesIn('The harbor board meanwhile argued that the levy was fair.')).toEqual([
      { content: 'the levy was fair', cue: 'argued', speaker: 'The harbor board' },
    ]);
  });

  it('reads "instead" before an object cue', () => {
    expect(quotesIn('Mayor Tova Lind instead praised the growers for their patience.')).toEqual([
      { content: 'the growers for their patience', cue: 'praised', speaker: 'Mayor Tova Lind' },
    ]);
  });
});
