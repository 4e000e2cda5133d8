/**
 * Agency copy abbreviates ranks and police titles before a name: "Brig. Gen.", "Cpl.", "Pvt.",
 * "Spc.", "Det.", "Msgr.". The period ends no sentence there, and the abbreviation is the
 * person's title, not part of the name. Lower-case "brig" (a ship's jail) still ends one.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('abbreviated ranks before a name', () => {
  it('reads "Brig. Gen." as one title of the person named', () => {
    const text = 'Brig. Gen. Kurt Halvorsen told lawmakers that the brigade was ready.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the brigade was ready', cue: 'told', speaker: 'Brig. Gen. Kurt Halvorsen', entity: 'Kurt Halvorsen', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities[0]?.roles.map((role) => role.title)).toEqual(['Brig. Gen.']);
  });

  it('keeps "Cpl." and "Det." with the name that follows', () => {
    expect(resolvedQuotes('"We held the line," said Cpl. Ana Brenner, 24.')).toMatchObject([
      { content: '"We held the line,"', cue: 'said', speaker: 'Cpl. Ana Brenner, 24', entity: 'Ana Brenner' },
    ]);
    expect(resolvedQuotes('Det. Tom Sorell said the van had been stolen.')).toMatchObject([
      { content: 'the van had been stolen', cue: 'said', speaker: 'Det. Tom Sorell', entity: 'Tom Sorell' },
    ]);
  });

  it('still ends a sentence after a lower-case "brig."', () => {
    expect(resolvedQuotes('The sailor was sent to the brig. Officials said he would face a hearing.')).toMatchObject([
      { content: 'he would face a hearing', cue: 'said', speaker: 'Officials' },
    ]);
  });
});
