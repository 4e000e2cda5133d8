/**
 * "Ana Pike of the Labour Party said ...": a person's name before "of the" and a body's name
 * that ends in a group's head ("Party") names the person, as "Ana Pike of the Legal Aid Society"
 * does; the phrase is no group named by its whole wording. "Members of the Labour Party" stays one.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a name of a person tied by "of the" to a party', () => {
  it('resolves to the person', () => {
    expect(attributedQuotes('Ines Varga of the Green Party said the levy was unjust.')).toEqual([
      { content: 'the levy was unjust', cue: 'said', speaker: 'Ines Varga of the Green Party', entity: 'Ines Varga' },
    ]);
    expect(attributedQuotes('Tomas Reyes of the Liberal Democratic Party said the vote was rigged.')).toEqual([
      { content: 'the vote was rigged', cue: 'said', speaker: 'Tomas Reyes of the Liberal Democratic Party', entity: 'Tomas Reyes' },
    ]);
  });

  it('leaves members of the party a group', () => {
    expect(attributedQuotes('Members of the Green Party said the levy was unjust.')).toEqual([
      { content: 'the levy was unjust', cue: 'said', speaker: 'Members of the Green Party', entity: 'Members of the Green Party' },
    ]);
  });
});
