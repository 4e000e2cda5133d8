/**
 * Two given names joined by "and" before one surname ("Mira and Tomas Haldane") are two people
 * of that surname: the lone given name is "Mira Haldane", whom a later "Mira" names.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes } from './found-quotes.js';

function quotesOf(text: string): [string, string | undefined, string | undefined, string | undefined][] {
  return attributedQuotes(text).map((quote) => [quote.content, quote.cue, quote.speaker, quote.entity]);
}

describe('two given names before one surname', () => {
  it('make two people of that surname', () => {
    const text = 'Mira and Tom Haldane put the orchard up for sale in June. Mira said the offers had been low. Tom said they would wait.';
    expect(quotesOf(text)).toEqual([
      ['the offers had been low', 'said', 'Mira', 'Mira Haldane'],
      ['they would wait', 'said', 'Tom', 'Tom Haldane'],
    ]);
  });

  it('need a given name, not a place or a surname, before "and"', () => {
    const text = 'Kestrel and Tom Haldane were named in the report. Tom said they would wait.';
    const names = analyze({ text }).entities.map((entity) => entity.name);
    expect(names).not.toContain('Kestrel Haldane');
    expect(quotesOf(text)).toEqual([['they would wait', 'said', 'Tom', 'Tom Haldane']]);
  });

  it('leave two full names apart', () => {
    const text = 'Ana Pike and Tom Haldane put the orchard up for sale. Pike said the offers had been low.';
    const names = analyze({ text }).entities.map((entity) => entity.name);
    expect(names).not.toContain('Pike Haldane');
    expect(quotesOf(text)).toEqual([['the offers had been low', 'said', 'Pike', 'Ana Pike']]);
  });
});
