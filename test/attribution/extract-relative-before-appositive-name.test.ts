/**
 * A speaker described by a noun phrase may carry a relative clause whose own commas hold a name or
 * an appositive ("the woman, who gave only her first name, Amina, said"): the speaker is the whole
 * phrase from the description on, not the noun phrase inside the relative clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a description with a relative clause that holds commas', () => {
  it('attributes a quotation to "the woman, who gave only her first name, Amina"', () => {
    expect(quotesIn('"We have nothing left," the woman, who gave only her first name, Amina, said through an interpreter.')).toEqual([
      { content: '"We have nothing left,"', cue: 'said', speaker: 'the woman, who gave only her first name, Amina' },
    ]);
    expect(quotesIn('"The well is dry," the farmer, who would give only his first name, Petro, said.')).toEqual([
      { content: '"The well is dry,"', cue: 'said', speaker: 'the farmer, who would give only his first name, Petro' },
    ]);
  });

  it('reads the same speaker before an indirect statement', () => {
    expect(quotesIn('The woman, who gave only her first name, Amina, said the village had been abandoned.')).toEqual([
      { content: 'the village had been abandoned', cue: 'said', speaker: 'The woman, who gave only her first name, Amina' },
    ]);
  });
});
