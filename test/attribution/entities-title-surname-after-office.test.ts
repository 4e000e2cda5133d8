/**
 * "Councilwoman Tonya King", "Judge Rhea Judge": after an office's title and a plain name word, a
 * title word that is the person's surname ends the name, though the given name is no listed one;
 * the person is one entity with the office as role, and a later bare surname ("King said") takes
 * it up. A title modifier on either side still makes one office ("Chief Operating Officer").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

function entityNames(text: string): string[] {
  return analyze({ text }).entities.map((entity) => entity.name);
}

describe('a title word that is a surname after an office', () => {
  it('ends the name and is taken up alone', () => {
    const text = 'Councilwoman Tonya King opposed the levy. The budget, King said, was padded.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the levy', cue: 'opposed', speaker: 'Councilwoman Tonya King', entity: 'Tonya King', mode: 'indirect' },
      { content: 'The budget, King said, was padded', cue: 'said', speaker: 'King', entity: 'Tonya King', mode: 'indirect' },
    ]);
    expect(entityNames(text)).toEqual(['Tonya King']);
  });

  it('ends the name after a title of the same word', () => {
    const text = 'Judge Rhea Judge said the filing was late. Judge said the clerk had erred.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Rhea Judge', 'Rhea Judge']);
    expect(entityNames(text)).toEqual(['Rhea Judge']);
  });

  it('leaves an office with a title modifier whole', () => {
    expect(entityNames('Chief Operating Officer Lena Brandt said the plant would reopen.')).toEqual(['Lena Brandt']);
  });
});
