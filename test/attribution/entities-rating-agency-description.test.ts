/**
 * "Tarvik Investors Service, the rating agency, cut ... The agency said ...": a name that an
 * appositive calls a body is an organization of its own even when it never speaks, so a later
 * "the agency" takes it up. "Harlow Ratings said ... The agency said ...": a name ending in
 * "Ratings" is a credit rater, an organization (no person's name) and an agency.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes } from './found-quotes.js';

describe('a rating agency taken up by "the agency"', () => {
  it('takes up a name that a body appositive describes, though it did not speak', () => {
    expect(attributedQuotes('Tarvik Investors Service, the rating agency, cut the port bonds on Friday. In a note, the agency said the debt would keep growing.')).toEqual([
      { content: 'the debt would keep growing', cue: 'said', speaker: 'the agency', entity: 'Tarvik Investors Service' },
    ]);
  });

  it('reads a name ending in "Ratings" as an agency', () => {
    expect(attributedQuotes('Dunmore Ratings said the bonds were risky. The agency said it would review them in June.')).toEqual([
      { content: 'the bonds were risky', cue: 'said', speaker: 'Dunmore Ratings', entity: 'Dunmore Ratings' },
      { content: 'it would review them in June', cue: 'said', speaker: 'The agency', entity: 'Dunmore Ratings' },
    ]);
    const kinds = analyze({ text: 'Dunmore Ratings said the bonds were risky.' }).entities.map((e) => [e.name, e.kind]);
    expect(kinds).toEqual([['Dunmore Ratings', 'organization']]);
  });

  it('keeps a person with a given name and a body appositive a person', () => {
    const kinds = analyze({ text: 'Ana Lind, the agency chief, cut the rating. The agency said the debt would grow.' }).entities.map((e) => [e.name, e.kind]);
    expect(kinds[0]).toEqual(['Ana Lind', 'person']);
  });
});
