/**
 * "Its largest creditor, the state lender Norbank, said ...": a kind of company ("lender",
 * "firm", "drugmaker") may open the title before a name in an appositive, as a person's role does
 * ("The club's owner, the banker Ivo Dran, said"), so the speaker resolves to the name and not to
 * the description before the comma.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a kind of company titling an appositive name', () => {
  it('resolves the speaker to the named company', () => {
    expect(resolvedQuotes('Its largest creditor, the state lender Norbank, said it would extend the loan.')).toEqual([
      { content: 'it would extend the loan', cue: 'said', speaker: 'Its largest creditor, the state lender Norbank', entity: 'Norbank', mode: 'indirect' },
    ]);
    expect(resolvedQuotes('The mill\'s main buyer, the paper firm Oskar Vale Holdings, said orders had fallen.')).toEqual([
      { content: 'orders had fallen', cue: 'said', speaker: "The mill's main buyer, the paper firm Oskar Vale Holdings", entity: 'Oskar Vale Holdings', mode: 'indirect' },
    ]);
  });

  it('makes the named company the only entity, an organization', () => {
    const { entities } = analyze({ text: 'Its largest creditor, the state lender Norbank, said it would extend the loan.' });
    expect(entities.map((e) => [e.name, e.kind])).toEqual([['Norbank', 'organization']]);
  });
});
