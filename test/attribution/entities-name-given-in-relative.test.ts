/**
 * "A porter who gave his name only as Kofi said ...": a relative clause on a description that
 * tells the name the speaker gave makes that name the speaker, as a name in apposition does; a
 * later "Kofi said" finds the same person. Also after an appositive description ("A guard, a
 * porter who gave ...") and with "who gave her name as ...".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function people(text: string): [string | undefined, string][] {
  const { quotes, entities } = analyze({ text });
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return quotes.map((quote) => [quote.speaker?.entityId === undefined ? undefined : names.get(quote.speaker.entityId), quote.content.exact]);
}

describe('a name given in a relative clause on the description', () => {
  it('names the speaker', () => {
    expect(people('A ferryman who gave his name only as Osei said the crossing was rough. Osei said he would sail again.')).toEqual([
      ['Osei', 'the crossing was rough'],
      ['Osei', 'he would sail again'],
    ]);
    expect(people('One shopper, a pensioner who gave her name as Mira Holm, said prices had doubled.')).toEqual([['Mira Holm', 'prices had doubled']]);
  });

  it('leaves a description with no name given as it was', () => {
    expect(people('A ferryman who gave his account to police said the crossing was rough.')).toEqual([['A ferryman', 'the crossing was rough']]);
  });
});
