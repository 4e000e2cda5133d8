/**
 * A participle that gives a thing its name, set off by commas inside a clause ("the tonic, called
 * Ferrolin, cut ..."), is an aside on the noun before it: the clause goes on after the second comma,
 * so what was said runs on through it, and "called" there is no second act of the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a naming participle between commas', () => {
  it('keeps the aside inside the reported clause', () => {
    expect(quotesIn('Brisco Labs said that children who drank the tonic, called Ferrolin, slept no better.')).toEqual([
      { content: 'children who drank the tonic, called Ferrolin, slept no better', cue: 'said', speaker: 'Brisco Labs' },
    ]);
    expect(quotesIn('The ferry line said its newest boat, dubbed "Gull Nine," had run aground twice.')).toEqual([
      { content: 'its newest boat, dubbed "Gull Nine," had run aground twice', cue: 'said', speaker: 'The ferry line' },
    ]);
  });

  it('still reads a finite "called" after a comma as a second statement', () => {
    expect(quotesIn('Mayor Ilse Varga praised the budget, called it lean, and left early.')).toEqual([
      { content: 'the budget', cue: 'praised', speaker: 'Mayor Ilse Varga' },
      { content: 'it lean', cue: 'called', speaker: 'Mayor Ilse Varga' },
    ]);
    expect(quotesIn('Ruben Okoro attacked the tariff, called the minister a coward, and walked out.')).toEqual([
      { content: 'the tariff', cue: 'attacked', speaker: 'Ruben Okoro' },
      { content: 'the minister a coward', cue: 'called', speaker: 'Ruben Okoro' },
    ]);
  });
});
