/**
 * An attitude named by an adjective after "be" takes a clause without "that" too ("Lind is
 * confident the port will reopen"), outside a quotation.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an attitude adjective before a clause without "that"', () => {
  it('reads "is confident" with a bare clause', () => {
    expect(quotesIn('Mayor Tova Lind is confident the ferry will run again by June.')).toEqual([
      { content: 'the ferry will run again by June', cue: 'confident', speaker: 'Mayor Tova Lind' },
    ]);
  });

  it('reads "are hopeful" with a pronoun subject in the clause', () => {
    expect(quotesIn('Some growers are hopeful they can still stop the levy.')).toEqual([
      { content: 'they can still stop the levy', cue: 'hopeful', speaker: 'Some growers' },
    ]);
  });

  it('reads nothing from an attitude before an infinitive', () => {
    expect(quotesIn('The harbor board was sure to approve the ferry plan.')).toEqual([]);
  });

  it('adds nothing inside a quotation', () => {
    expect(quotesIn('“I am sure the ferry will run again,” Lind said.')).toEqual([
      { content: '“I am sure the ferry will run again,”', cue: 'said', speaker: 'Lind' },
    ]);
  });
});
