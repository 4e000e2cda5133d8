/**
 * After a verb of saying that names its object, a question clause is that object: "touted how
 * much the harbor had grown", "stressed why the vote mattered".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a question clause as the object of a verb of saying', () => {
  it('reads "touted how ..."', () => {
    expect(quotesIn('Ostrander touted how much the harbor had grown under her watch.')).toEqual([
      { content: 'how much the harbor had grown under her watch', cue: 'touted', speaker: 'Ostrander' },
    ]);
  });

  it('reads "stressed why ..."', () => {
    expect(quotesIn('The mayor stressed why the ferry vote mattered to the growers.')).toEqual([
      { content: 'why the ferry vote mattered to the growers', cue: 'stressed', speaker: 'The mayor' },
    ]);
  });

  it('leaves a verb that is no cue before a question', () => {
    expect(quotesIn('Ostrander walked past where the old ferry docks.')).toEqual([]);
  });
});
