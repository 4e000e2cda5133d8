/**
 * A surname after "Mr." or "Mrs." among relatives of one family: the honorific passes over the
 * one whose given name is of the other gender ("Mrs. Dorrance" is the wife, not the husband
 * named last), and a name the list of given names lacks is a person of its own when a relative
 * clause in "who" follows it beside a relative named in full. The texts are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';

/** The name of the entity each quote's speaker resolves to, in quote order. */
function speakers(analysis: Analysis): (string | undefined)[] {
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  return analysis.quotes.map((quote) => (quote.speaker?.entityId === undefined ? undefined : byId.get(quote.speaker.entityId)?.name));
}

describe('an honorific before a surname that two relatives share', () => {
  it('goes to the relative of its gender, not to the one named last', () => {
    const text = 'Paul Dorrance said the ferry would run. His wife, Julia Dorrance, said the ferry was late. Mrs. Dorrance added that tickets cost too much. Mr. Dorrance said the price was fair.';
    expect(speakers(analyze({ text }))).toEqual(['Paul Dorrance', 'Julia Dorrance', 'Julia Dorrance', 'Paul Dorrance']);
  });

  it('keeps a relative whose given name is unlisted, set off by "who", apart from the one named in full', () => {
    const text = 'Orsola Brenndt, who ran the mill for thirty years, retired on Friday. Her brother, Peter Brenndt, said the family was proud. Ms. Brenndt said she would keep painting.';
    expect(speakers(analyze({ text }))).toEqual(['Peter Brenndt', 'Orsola Brenndt']);
  });

  it('still joins the only bearer of the surname whatever the list says of the given name', () => {
    const text = 'Lee Harwick, a county judge, said the docket was full. Ms. Harwick said hearings would resume in May.';
    expect(speakers(analyze({ text }))).toEqual(['Lee Harwick', 'Lee Harwick']);
  });
});
