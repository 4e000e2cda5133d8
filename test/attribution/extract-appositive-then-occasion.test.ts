/**
 * "said Ilse Varga, a union official, in a statement": after the appositive of an inverted
 * speaker, a comma and a preposition of occasion or time ("in", "on", "at", "during", "via",
 * "after", "before") open an adjunct of the saying, which is no part of the speaker's phrase.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an adjunct after the appositive of an inverted speaker', () => {
  it('is left out of the speaker: a statement, a day, a place', () => {
    expect(quotesIn('“We will not sign,” said Ilse Varga, a union official, in a statement.')).toEqual([
      { content: '“We will not sign,”', cue: 'said', speaker: 'Ilse Varga, a union official' },
    ]);
    expect(quotesIn('“The wards are full,” said Omar Teska, the relief coordinator, on Monday.')).toEqual([
      { content: '“The wards are full,”', cue: 'said', speaker: 'Omar Teska, the relief coordinator' },
    ]);
    expect(quotesIn('“Nobody is safe,” said Dara Quell, a local councillor, after the vote in Tarn.')).toEqual([
      { content: '“Nobody is safe,”', cue: 'said', speaker: 'Dara Quell, a local councillor' },
    ]);
  });

  it('lets the appositive give the speaker a role', () => {
    const analysis = analyze({ text: '“We will not sign,” said Ilse Varga, a union official, in a statement.' });
    expect(analysis.entities.find((entity) => entity.name === 'Ilse Varga')?.roles).toEqual([{ title: 'union official' }]);
  });

  it('keeps "of" a place in the speaker', () => {
    expect(quotesIn('“It was loud,” said Ria Moss, 54, of Dunmere.')).toEqual([
      { content: '“It was loud,”', cue: 'said', speaker: 'Ria Moss, 54, of Dunmere' },
    ]);
  });
});
