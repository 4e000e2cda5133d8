/**
 * "Kerr, who was jailed on espionage charges that his family calls absurd, was freed": an offence
 * right before "charges" makes it the accusation, a noun, not the verb of a speaker before it;
 * "The suit charges that ..." and "Prosecutors charge that ..." still report.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"charges" after an offence', () => {
  it('is a noun', () => {
    expect(spokenQuotes('Orr, a pilot who was held on smuggling charges that his lawyers call baseless, flew home on Monday.')).toEqual([]);
  });

  it('leaves the verb after other subjects', () => {
    expect(spokenQuotes('The suit charges that the mill dumped waste in the river.')).toEqual([{ content: 'the mill dumped waste in the river', cue: 'charges', speaker: 'The suit' }]);
    expect(spokenQuotes('Prosecutors charge that Orr hid the cargo.')).toEqual([{ content: 'Orr hid the cargo', cue: 'charge', speaker: 'Prosecutors' }]);
  });
});
