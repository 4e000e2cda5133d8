/**
 * Nouns for those carried, served or employed ("Passengers", "Commuters", "Employees") are people,
 * capitalised at a sentence's start or not, so a bare plural of them is a group and no one's
 * name. "The front" (an armed or political front), a militia and "Management" are bodies.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes as statementsOf } from './found-quotes.js';


describe('people carried or served, and bodies named by a common noun', () => {
  it('reads a bare plural of passengers or commuters at the start as a group', () => {
    expect(statementsOf('Passengers said the ferry left an hour late.')).toEqual([
      { content: 'the ferry left an hour late', cue: 'said', speaker: 'Passengers', kind: 'group' },
    ]);
    expect(statementsOf('Commuters complained that the tram fares had doubled.').map((statement) => statement.kind)).toEqual(['group']);
  });

  it('reads "Management" and "the front" as bodies', () => {
    expect(statementsOf('Management countered that the bonus scheme was generous.')).toEqual([
      { content: 'the bonus scheme was generous', cue: 'countered', speaker: 'Management', kind: 'organization' },
    ]);
    expect(statementsOf('The front said its fighters held the ridge.')).toEqual([
      { content: 'its fighters held the ridge', cue: 'said', speaker: 'The front', kind: 'organization' },
    ]);
  });

  it('still reads a capitalised surname before "said" as a person', () => {
    expect(statementsOf('Pilotto said the ferry left an hour late.').map((statement) => statement.kind)).toEqual(['person']);
  });
});
