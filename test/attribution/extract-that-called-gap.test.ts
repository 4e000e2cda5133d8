/**
 * "a levy that growers called ruinous.": "that" before a subject, with "call" and a lone word
 * that ends the clause after it, is a relative pronoun for what was called so; the noun with its
 * clause is the content, as with "described as".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"that" as the object gap of "call"', () => {
  it('reads the noun and its clause as what was called', () => {
    expect(spokenQuotes('The council passed a water levy that growers called ruinous.')).toEqual([
      { content: 'a water levy that growers called ruinous', cue: 'called', speaker: 'growers' },
    ]);
  });

  it('leaves a clause after "that" alone when the cue has an object', () => {
    expect(spokenQuotes('Lind said that growers called the levy ruinous.')).toEqual([{ content: 'growers called the levy ruinous', cue: 'said', speaker: 'Lind' }]);
  });
});
