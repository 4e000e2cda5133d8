/**
 * "Ana Lind, 54, a nurse from Toledo who said ...": "who" after a description in apposition to a
 * name stands for the one named, also when an age set off by commas stands between the name and
 * the description, and when the description ends in a place.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('"who" after an appositive description of a name', () => {
  it('is the one named past an age', () => {
    expect(attributedQuotes('Bram Oskarsson, 47, a ferry pilot who said he had worked the route for years, joined the protest.')).toEqual([
      { content: 'he had worked the route for years', cue: 'said', speaker: 'who', entity: 'Bram Oskarsson' },
    ]);
  });

  it('is the one named when the description ends in a place', () => {
    expect(attributedQuotes('Lining the fence was Ilse Varga, a teacher from Graz who said she had driven all night.')).toEqual([
      { content: 'she had driven all night', cue: 'said', speaker: 'who', entity: 'Ilse Varga' },
    ]);
  });
});
